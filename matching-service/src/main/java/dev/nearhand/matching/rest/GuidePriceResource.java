package dev.nearhand.matching.rest;

import dev.nearhand.matching.service.GuidePriceService;
import dev.nearhand.platform.problem.InvalidFieldException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Guide prices: public, no token needed. */
@Path("/api/guide-price")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guide price")
public class GuidePriceResource {

    private final GuidePriceService guidePrices;

    GuidePriceResource(GuidePriceService guidePrices) {
        this.guidePrices = guidePrices;
    }

    @GET
    @Operation(
            summary = "What comparable things cost nearby",
            description =
                    "A low-median-high band from completed trades (then asking prices) of the category and unit, widening the area until there are enough; insufficientData instead of a guess.")
    @APIResponse(responseCode = "200", description = "The band, or insufficientData")
    @APIResponse(responseCode = "400", description = "A parameter is invalid; the problem names it")
    public GuidePriceView guide(
            @QueryParam("category") String category,
            @QueryParam("lat") String lat,
            @QueryParam("lon") String lon,
            @QueryParam("unit") String unit,
            @QueryParam("q") String q) {
        String cat = QueryParams.text("category", category, 100);
        if (cat == null) {
            throw new InvalidFieldException("category", "is required");
        }
        String u = QueryParams.oneOf("unit", unit, QueryParams.UNITS);
        if (u == null) {
            throw new InvalidFieldException("unit", "is required");
        }
        return GuidePriceView.from(
                guidePrices.guide(
                        cat,
                        u,
                        QueryParams.requiredDouble("lat", lat, -90, 90),
                        QueryParams.requiredDouble("lon", lon, -180, 180),
                        QueryParams.text("q", q, 200)));
    }
}
