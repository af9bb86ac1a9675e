package dev.nearhand.listing.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.listing.Category;
import dev.nearhand.listing.PriceUnit;
import dev.nearhand.listing.config.ListingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The category tree: the built-in categories (categories.json, whose ids never change) plus the
 * ones operators add by configuration. Loaded once; a bad extra category stops the service at start
 * rather than surprising a user later.
 */
@ApplicationScoped
public class CategoryTree {

    private final Map<String, Category> byId;

    CategoryTree(ObjectMapper mapper, ListingConfig config) {
        Map<String, Category> categories = new LinkedHashMap<>();
        builtIn(mapper).forEach(category -> categories.put(category.id(), category));
        config.extraCategories().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        extra ->
                                categories.put(
                                        extra.getKey(),
                                        extra(extra.getKey(), extra.getValue(), categories)));
        this.byId = Collections.unmodifiableMap(categories);
    }

    public List<Category> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Category> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    private static List<Category> builtIn(ObjectMapper mapper) {
        try (InputStream in = CategoryTree.class.getResourceAsStream("/categories.json")) {
            List<Category> categories = new ArrayList<>();
            for (JsonNode node : mapper.readTree(in)) {
                String id = node.get("id").asText();
                categories.add(
                        new Category(
                                id,
                                parentOf(id),
                                node.get("en").asText(),
                                node.get("zh").asText(),
                                node.get("de").asText(),
                                PriceUnit.valueOf(node.get("unit").asText())));
            }
            return categories;
        } catch (IOException e) {
            throw new UncheckedIOException("categories.json is unreadable", e);
        }
    }

    private static Category extra(
            String id, ListingConfig.ExtraCategory extra, Map<String, Category> known) {
        String parent = parentOf(id);
        if (parent != null && !known.containsKey(parent)) {
            throw new IllegalStateException(
                    "extra category " + id + " has no parent category " + parent);
        }
        return new Category(
                id,
                parent,
                extra.en(),
                extra.zh().orElse(extra.en()),
                extra.de().orElse(extra.en()),
                PriceUnit.valueOf(extra.unit()));
    }

    private static String parentOf(String id) {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? null : id.substring(0, dot);
    }
}
