package dev.nearhand.listing.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nearhand.listing.Category;
import java.util.Map;

/** One node of the category tree, with its names in Chinese, English and German. */
public record CategoryView(
        String id,
        @JsonInclude(JsonInclude.Include.NON_NULL) String parent,
        Map<String, String> names,
        String unit) {

    public static CategoryView from(Category category) {
        return new CategoryView(
                category.id(),
                category.parent(),
                Map.of("zh", category.zh(), "en", category.en(), "de", category.de()),
                category.unit().name());
    }
}
