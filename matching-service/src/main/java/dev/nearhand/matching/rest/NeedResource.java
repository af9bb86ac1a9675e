package dev.nearhand.matching.rest;

import dev.nearhand.matching.Need;
import dev.nearhand.matching.config.MatchingConfig;
import dev.nearhand.matching.service.GuidePriceService;
import dev.nearhand.matching.service.NeedService;
import dev.nearhand.matching.service.SearchCriteria;
import dev.nearhand.matching.service.SearchHit;
import dev.nearhand.matching.service.SearchService;
import dev.nearhand.matching.service.TextNormalizer;
import dev.nearhand.matching.service.WhenText;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import dev.nearhand.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Needs: post one and get matches at once, read or close mine, see those near my shop. */
@Path("/api/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs")
@Authenticated
public class NeedResource {

    private final NeedService needs;
    private final SearchService search;
    private final GuidePriceService guidePrices;
    private final CurrentUser user;
    private final MatchingConfig config;

    NeedResource(
            NeedService needs,
            SearchService search,
            GuidePriceService guidePrices,
            CurrentUser user,
            MatchingConfig config) {
        this.needs = needs;
        this.search = search;
        this.guidePrices = guidePrices;
        this.user = user;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Post a need",
            description =
                    "Stored at its H3 cell, announced as NeedPosted, open until it expires; answered with a guide price and the best candidates nearby.")
    @APIResponse(responseCode = "201", description = "Posted, with guidePrice and candidates")
    @APIResponse(responseCode = "400", description = "A field is invalid; the problem names it")
    public RestResponse<NeedView> post(@Valid @NotNull NeedRequest request) {
        Need need = needs.post(user.id(), request.toDraft());
        Page<SearchHit> found =
                search.search(
                        new SearchCriteria(
                                need.lat(),
                                need.lon(),
                                config.search().defaultRadiusKm(),
                                TextNormalizer.query(need.text()),
                                need.category(),
                                null,
                                null,
                                null,
                                null,
                                freeAtTheTimeOf(need),
                                SearchCriteria.Sort.RELEVANCE,
                                config.needs().candidates(),
                                null));
        // A need names no unit: price it in the unit of the best candidate, hourly if none.
        String unit = found.items().isEmpty() ? "HOUR" : found.items().get(0).unit();
        GuidePriceView guide =
                GuidePriceView.from(
                        guidePrices.guide(
                                need.category(), unit, need.lat(), need.lon(), need.text()));
        List<SearchItem> candidates = found.items().stream().map(SearchItem::from).toList();
        return RestResponse.ResponseBuilder.create(
                        RestResponse.Status.CREATED, NeedView.withMatches(need, guide, candidates))
                .location(URI.create("/api/needs/" + need.needId()))
                .build();
    }

    /**
     * A need dated to a day ({@code when} "2026-12-24") gets no candidate that escrow has booked up
     * on that day, as search with {@code from}/{@code until} does; one at a UTC time neither, nor
     * an item lent by the hour booked up at that moment. Free text ("this weekend") asks nothing of
     * the calendar.
     */
    private static SearchCriteria.FreeOn freeAtTheTimeOf(Need need) {
        return WhenText.moment(need.when())
                .map(moment -> SearchCriteria.FreeOn.time(moment, moment.plusSeconds(60)))
                .or(
                        () ->
                                WhenText.day(need.when())
                                        .map(
                                                day ->
                                                        SearchCriteria.FreeOn.days(
                                                                day, day.plusDays(1))))
                .orElse(null);
    }

    @GET
    @Path("/nearby")
    @Operation(summary = "Open needs within my shop's service radius, newest first")
    @APIResponse(responseCode = "200", description = "A page of needs")
    @APIResponse(responseCode = "409", description = "I have no shop")
    public Page<NeedView> nearby(
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size =
                Cursors.limit(
                        QueryParams.optionalInt("limit", limit, 1, Page.MAX_LIMIT),
                        config.needs().defaultLimit());
        Page<Need> page = needs.nearMyShop(user.id(), cursor, size);
        return new Page<>(page.items().stream().map(NeedView::from).toList(), page.nextCursor());
    }

    /**
     * The Location a POST answers with. The need as stored, without the guide price and candidates
     * of the POST's answer: those describe the market at posting time, and searching again on every
     * read would cost a search and a guide price for what the poster can ask search for.
     */
    @GET
    @Path("/{id}")
    @Operation(
            summary = "My need",
            description =
                    "The need as posted, shaped like an item of /api/needs/nearby: without the"
                            + " guide price and candidates of the POST's answer (search again for"
                            + " current ones).")
    @APIResponse(responseCode = "200", description = "The need")
    @APIResponse(
            responseCode = "404",
            description = "No open need of mine with this id (another user's looks the same)")
    public NeedView get(@PathParam("id") UUID id) {
        return NeedView.from(needs.find(user.id(), id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Close my need")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "404", description = "No open need of mine with this id")
    public RestResponse<Void> close(@PathParam("id") UUID id) {
        needs.close(user.id(), id);
        return RestResponse.noContent();
    }
}
