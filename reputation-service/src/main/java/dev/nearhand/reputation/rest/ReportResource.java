package dev.nearhand.reputation.rest;

import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import dev.nearhand.platform.security.CurrentUser;
import dev.nearhand.reputation.Report;
import dev.nearhand.reputation.ReportStatus;
import dev.nearhand.reputation.repository.ReviewRepository.Position;
import dev.nearhand.reputation.service.ReportService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Reporting users; operators decide. */
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reports")
public class ReportResource {

    static final int DEFAULT_LIMIT = 20;

    private final ReportService reports;
    private final CurrentUser user;

    ReportResource(ReportService reports, CurrentUser user) {
        this.reports = reports;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a user for spam, harassment, fraud or something else")
    @APIResponse(responseCode = "201", description = "Filed, with Location")
    @APIResponse(responseCode = "400", description = "A field is invalid; the problem names it")
    @APIResponse(
            responseCode = "422",
            description =
                    "I reported myself, or escrowId names no escrow between me and the reported"
                            + " user known here (yet)")
    @APIResponse(responseCode = "429", description = "Too many reports this hour or day")
    public RestResponse<ReportView> file(@Valid @NotNull ReportRequest request) {
        Report report = reports.file(user.id(), request.toFiling());
        return RestResponse.ResponseBuilder.create(
                        RestResponse.Status.CREATED, ReportView.from(report))
                .location(URI.create("/api/reports/" + report.id()))
                .build();
    }

    @GET
    @Operation(
            summary = "Reports, newest first, paged",
            description = "Operators see every report; users see the ones they filed.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    @APIResponse(
            responseCode = "400",
            description = "An unknown status, a limit outside 1-100, or a cursor we did not issue")
    public Page<ReportView> list(
            @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit, DEFAULT_LIMIT);
        List<Report> rows =
                reports.page(
                        user.id(),
                        user.isOperator(),
                        QueryParams.oneOf("status", status, ReportStatus.class),
                        PagePositions.decode(cursor),
                        Page.rowsFor(size));
        return Page.of(
                rows,
                size,
                ReportView::from,
                r -> PagePositions.after(new Position(r.createdAt(), r.id())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A report I filed (operators: any report)")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report I may read")
    public ReportView get(@PathParam("id") UUID id) {
        return ReportView.from(reports.readable(id, user.id(), user.isOperator()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(CurrentUser.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Uphold or dismiss a report (operators only)")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(
            responseCode = "403",
            description = "Not an operator, or the operator filed the report or is its subject")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Already decided")
    public ReportView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        boolean uphold = request.decision() == DecisionRequest.Decision.UPHOLD;
        return ReportView.from(reports.decide(id, user.id(), uphold, request.note()));
    }
}
