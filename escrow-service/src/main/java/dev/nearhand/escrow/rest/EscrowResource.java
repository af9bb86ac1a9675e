package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.EscrowStatus;
import dev.nearhand.escrow.config.EscrowConfig;
import dev.nearhand.escrow.repository.EscrowRepository.Role;
import dev.nearhand.escrow.service.Caller;
import dev.nearhand.escrow.service.EscrowService;
import dev.nearhand.escrow.service.EscrowService.Opened;
import dev.nearhand.escrow.service.IdempotencyService;
import dev.nearhand.escrow.service.IdempotencyService.Outcome;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import dev.nearhand.platform.problem.InvalidFieldException;
import dev.nearhand.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Escrows: open one, read one, list mine (or all, for operators). The moves on an escrow are in
 * {@link EscrowMovesResource}.
 */
@Path("/api/escrows")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escrows")
public class EscrowResource {

    private final EscrowService escrows;
    private final IdempotencyService idempotency;
    private final IdempotencyKeys keys;
    private final EscrowConfig config;
    private final CurrentUser user;

    EscrowResource(
            EscrowService escrows,
            IdempotencyService idempotency,
            IdempotencyKeys keys,
            EscrowConfig config,
            CurrentUser user) {
        this.escrows = escrows;
        this.idempotency = idempotency;
        this.keys = keys;
        this.config = config;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an escrow on a listing; terms and warnings come back")
    public RestResponse<EscrowView> open(
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Valid @NotNull OpenEscrowRequest request) {
        Caller caller = Caller.of(user);
        EscrowService.Order order = request.order();
        Outcome<EscrowView> outcome =
                idempotency.run(
                        caller.id(),
                        keys.required(key),
                        "escrow.open",
                        keys.fingerprint("POST", "/api/escrows", request),
                        201,
                        EscrowView.class,
                        () -> {
                            Opened opened = escrows.open(caller, order);
                            return EscrowView.created(
                                    opened.escrow(), TermsView.from(config), opened.warnings());
                        });
        return IdempotentResponses.of(outcome, URI.create("/api/escrows/" + outcome.body().id()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An escrow with its full history (parties and operators only)")
    public EscrowView get(@PathParam("id") UUID id) {
        return EscrowView.from(escrows.view(Caller.of(user), id));
    }

    @GET
    @Operation(summary = "My escrows, newest first; operators without a role see everyone's")
    public Page<EscrowView> list(
            @QueryParam("role") String role,
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit")
                    String limit,
            @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit, 20);
        Before before =
                Cursors.read(
                        cursor,
                        2,
                        parts ->
                                new Before(
                                        Cursors.instant(parts.get(0)),
                                        UUID.fromString(parts.get(1))));
        List<Escrow> page =
                escrows.page(
                        Caller.of(user),
                        parse("role", role, Role.class, Role.ANY),
                        parse("status", status, EscrowStatus.class, null),
                        before == null ? null : before.createdAt(),
                        before == null ? null : before.id(),
                        Page.rowsFor(size));
        return Page.of(
                page,
                size,
                EscrowView::summary,
                last ->
                        Cursors.encode(
                                last.timeline().createdAt().toString(), last.id().toString()));
    }

    private static <E extends Enum<E>> E parse(
            String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "unknown value '" + value + "'");
        }
    }

    /** The keyset position a cursor carries: the last escrow of the previous page. */
    private record Before(Instant createdAt, UUID id) {}
}
