package dev.nearhand.listing.rest;

import dev.nearhand.listing.Shop;
import dev.nearhand.listing.repository.ListingRepository.PagePosition;
import dev.nearhand.listing.service.AreaCells;
import dev.nearhand.listing.service.CreditService;
import dev.nearhand.listing.service.ListingService;
import dev.nearhand.listing.service.ShopService;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import dev.nearhand.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Shops: open or change mine, read mine whole, read anyone's public page. */
@Path("/api/shops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Shops")
public class ShopResource {

    static final int SHOP_PAGE_LISTINGS = 20;

    private final ShopService shops;
    private final ListingService listings;
    private final CreditService credits;
    private final ListingViews views;
    private final AreaCells cells;
    private final CurrentUser user;

    ShopResource(
            ShopService shops,
            ListingService listings,
            CreditService credits,
            ListingViews views,
            AreaCells cells,
            CurrentUser user) {
        this.shops = shops;
        this.listings = listings;
        this.credits = credits;
        this.views = views;
        this.cells = cells;
        this.user = user;
    }

    @PUT
    @Path("/me")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Open or update my shop",
            description = "One shop per user; the first call opens it.")
    @APIResponse(responseCode = "201", description = "Opened; my view of it, with Location")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "A field is invalid; the problem names it")
    public RestResponse<MyShopView> putMine(@Valid @NotNull ShopRequest request) {
        ShopService.Saved saved = shops.openOrUpdate(user.id(), request.toProfile());
        MyShopView view = mine();
        if (saved.opened()) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, view)
                    .location(URI.create("/api/shops/" + saved.shop().id()))
                    .build();
        }
        return RestResponse.ok(view);
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "My shop with its exact location and my listings")
    @APIResponse(responseCode = "200", description = "My shop")
    @APIResponse(responseCode = "404", description = "I have not opened a shop yet")
    public MyShopView mine() {
        ShopService.ShopWithListings mine = shops.mine(user.id());
        Shop shop = mine.shop();
        List<OwnerListingView> own =
                mine.listings().stream().map(l -> views.ownerView(l, shop)).toList();
        return MyShopView.from(shop, cells.area(shop.areaCell()), credit(shop), own);
    }

    @GET
    @Path("/{shopId}")
    @Operation(summary = "A shop's public page: approximate area, active listings, credit summary")
    @APIResponse(responseCode = "200", description = "The shop page")
    @APIResponse(responseCode = "404", description = "No such shop")
    public PublicShopView get(@PathParam("shopId") UUID shopId) {
        Shop shop = shops.publicShop(shopId);
        Page<ListingView> first = activePage(shopId, null, SHOP_PAGE_LISTINGS);
        return PublicShopView.from(shop, cells.area(shop.areaCell()), credit(shop), first);
    }

    @GET
    @Path("/{shopId}/listings")
    @Operation(summary = "A shop's active listings, newest first, paged")
    @APIResponse(responseCode = "200", description = "A page of listings")
    @APIResponse(
            responseCode = "400",
            description = "limit not a whole number from 1 to 100, or a cursor we did not issue")
    public Page<ListingView> listingsOf(
            @PathParam("shopId") UUID shopId,
            // Read as text so that "abc" is our 400 naming limit, not JAX-RS's bare 404.
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit")
                    String limit,
            @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit, SHOP_PAGE_LISTINGS);
        return activePage(shopId, position(cursor), size);
    }

    private Page<ListingView> activePage(UUID shopId, PagePosition after, int size) {
        return views.page(listings.activeInShop(shopId, after, Page.rowsFor(size)), size);
    }

    private CreditView credit(Shop shop) {
        return credits.of(shop.ownerId()).map(CreditView::from).orElse(null);
    }

    private static PagePosition position(String cursor) {
        return Cursors.read(
                cursor,
                2,
                parts ->
                        new PagePosition(
                                Cursors.instant(parts.get(0)), UUID.fromString(parts.get(1))));
    }
}
