package dev.nearhand.matching.rest;

import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.service.SearchCriteria;
import dev.nearhand.matching.service.SearchService;
import dev.nearhand.matching.service.TextNormalizer;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Nearby search: public, no token needed. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private static final Set<String> SORTS =
            Arrays.stream(SearchCriteria.Sort.values()).map(Enum::name).collect(Collectors.toSet());

    /**
     * The smallest radius: shown distances are rounded to 0.1 km, so a smaller circle cannot be
     * told apart in the results (and the score divides by the radius).
     */
    private static final double MIN_RADIUS_KM = 0.1;

    private final SearchService search;
    private final MatchingConfig.Search config;

    SearchResource(SearchService search, MatchingConfig config) {
        this.search = search;
        this.config = config.search();
    }

    @GET
    @Operation(
            summary = "Active listings near a point",
            description =
                    "Great-circle radius (default 5 km, 0.1 km to 50 km); q matches Chinese (Simplified"
                            + " and Traditional), English and German; sort relevance (default),"
                            + " distance, price or credit. Distances are rounded to 0.1 km.\n\n"
                            + "Prices are never converted between currencies; they are compared in"
                            + " one currency: `currency` when given, otherwise the area's, the"
                            + " currency most used by the active priced listings within the radius"
                            + " (other filters do not count; on a tie, the first code"
                            + " alphabetically). `maxPrice` is an amount in that currency: only"
                            + " listings priced in it and at most that much are returned."
                            + " `sort=price` lists the listings priced in that currency first,"
                            + " cheapest first, then those in other currencies, by currency code"
                            + " and then price, then listings without a price (negotiable). The"
                            + " pages after the first keep the first page's currency.\n\n"
                            + "`from` and `until` (dates such as 2026-12-24, years 0000 to 9999,"
                            + " together) ask for days free: a spare room"
                            + " or a tool lent by the day that escrows have booked up on one of the"
                            + " days from `from` up to, not including, `until` is left out. Given"
                            + " as times with their offset (2026-12-24T09:00:00Z and"
                            + " 2026-12-24T12:00:00Z) they ask for that time free: an item lent by"
                            + " the hour booked up at some moment of it is left out too, and one lent"
                            + " by the day booked up on a UTC day it touches."
                            + " Everything else is unaffected.")
    @APIResponse(responseCode = "200", description = "A page of results")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    public Page<SearchItem> search(
            @QueryParam("lat") String lat,
            @QueryParam("lon") String lon,
            @QueryParam("radiusKm") String radiusKm,
            @QueryParam("q") String q,
            @QueryParam("category") String category,
            @QueryParam("kind") String kind,
            @Parameter(
                            description =
                                    "At most this amount in the currency prices are compared in"
                                            + " (see above); drops listings in other currencies"
                                            + " and without a price")
                    @QueryParam("maxPrice")
                    String maxPrice,
            @Parameter(
                            description =
                                    "ISO 4217 code to compare prices in; the area's currency"
                                            + " when absent")
                    @QueryParam("currency")
                    String currency,
            @QueryParam("minCredit") String minCredit,
            @QueryParam("from") String from,
            @QueryParam("until") String until,
            @QueryParam("sort") String sort,
            @QueryParam("limit") String limit,
            @Parameter(
                            description =
                                    "A page's nextCursor, sent with the parameters of the search"
                                            + " it came from")
                    @QueryParam("cursor")
                    String cursor) {
        double radius =
                QueryParams.optionalDouble(
                        "radiusKm",
                        radiusKm,
                        MIN_RADIUS_KM,
                        config.maxRadiusKm(),
                        config.defaultRadiusKm());
        String sortName = QueryParams.oneOf("sort", sort, SORTS);
        SearchCriteria.Sort order =
                sortName == null
                        ? SearchCriteria.Sort.RELEVANCE
                        : SearchCriteria.Sort.valueOf(sortName);
        SearchCriteria criteria =
                new SearchCriteria(
                        QueryParams.requiredDouble("lat", lat, -90, 90),
                        QueryParams.requiredDouble("lon", lon, -180, 180),
                        radius,
                        TextNormalizer.query(QueryParams.text("q", q, 200)),
                        QueryParams.text("category", category, 100),
                        QueryParams.oneOf("kind", kind, QueryParams.KINDS),
                        QueryParams.optionalAmount("maxPrice", maxPrice),
                        QueryParams.currency("currency", currency),
                        QueryParams.optionalInt("minCredit", minCredit, 0, 1000),
                        QueryParams.freeOn(from, until),
                        order,
                        Cursors.limit(
                                QueryParams.optionalInt("limit", limit, 1, Page.MAX_LIMIT),
                                config.defaultLimit()),
                        null);
        Page<dev.nearhand.matching.service.SearchHit> page =
                search.search(criteria.continuedAfter(SearchService.position(cursor, criteria)));
        return new Page<>(page.items().stream().map(SearchItem::from).toList(), page.nextCursor());
    }
}
