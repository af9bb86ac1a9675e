package dev.nearhand.listing.rest;

import dev.nearhand.listing.service.CategoryTree;
import dev.nearhand.platform.paging.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The category tree, for pickers and for matching's filters. */
@Path("/api/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
public class CategoryResource {

    private final CategoryTree tree;

    CategoryResource(CategoryTree tree) {
        this.tree = tree;
    }

    @GET
    @Operation(
            summary = "All categories",
            description =
                    "Stable dotted ids (a child's id starts with its parent's), names in zh, en and de, and the usual price unit.")
    public Page<CategoryView> all() {
        return new Page<>(tree.all().stream().map(CategoryView::from).toList(), null);
    }
}
