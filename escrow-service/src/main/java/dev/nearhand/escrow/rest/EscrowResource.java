package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.EscrowStatus;
import dev.nearhand.escrow.config.EscrowConfig;
import dev.nearhand.escrow.repository.EscrowRepository.Role;
import dev.nearhand.escrow.service.Caller;
import dev.nearhand.escrow.service.EscrowActionService;
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
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Escrows: open, confirm, and every party's move, plus reads of mine (or all, for operators). */
@Path("/api/escrows")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escrows")
public class EscrowResource {

    private final EscrowService escrows;
    private final EscrowActionService actions;
    private final IdempotencyService idempotency;
    private final IdempotencyKeys keys;
    private final EscrowConfig config;
    private final CurrentUser user;

    EscrowResource(
            EscrowService escrows,
            EscrowActionService actions,
            IdempotencyService idempotency,
            IdempotencyKeys keys,
            EscrowConfig config,
            CurrentUser user) {
        this.escrows = escrows;
        this.actions = actions;
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
        Outcome<EscrowView> outcome =
                idempotency.run(
                        caller.id(),
                        keys.required(key),
                        "escrow.open",
                        keys.fingerprint("POST", "/api/escrows", request),
                        201,
                        EscrowView.class,
                        () -> {
                            Opened opened =
                                    escrows.open(
                                            caller, request.listingId(), request.quantityOrOne());
                            return EscrowView.created(
                                    opened.escrow(), TermsView.from(config), opened.warnings());
                        });
        return respond(outcome, URI.create("/api/escrows/" + outcome.body().id()));
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
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit, 20);
        Before before =
                Cursors.read(
                        cursor,
                        2,
                        parts ->
                                new Before(
                                        Instant.parse(parts.get(0)),
                                        UUID.fromString(parts.get(1))));
        List<Escrow> page =
                escrows.page(
                        Caller.of(user),
                        parse("role", role, Role.class, Role.ANY),
                        parse("status", status, EscrowStatus.class, null),
                        before == null ? null : before.createdAt(),
                        before == null ? null : before.id(),
                        size);
        String next = null;
        if (page.size() == size) {
            Escrow last = page.get(page.size() - 1);
            next = Cursors.encode(last.createdAt().toString(), last.id().toString());
        }
        return new Page<>(page.stream().map(EscrowView::summary).toList(), next);
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "Buyer: confirm; the total moves from available to held")
    public RestResponse<EscrowView> confirm(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "confirm", keys.required(key), null, c -> escrows.confirm(c, id));
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Buyer: take the money back while HELD and inside the revoke window")
    public RestResponse<EscrowView> revoke(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "revoke", keys.required(key), null, c -> actions.revoke(c, id));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Seller: accept a HELD escrow")
    public RestResponse<EscrowView> accept(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "accept", keys.optional(key), null, c -> actions.accept(c, id));
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Seller: decline a HELD escrow; the buyer is refunded in full")
    public RestResponse<EscrowView> decline(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "decline", keys.required(key), null, c -> actions.decline(c, id));
    }

    @POST
    @Path("/{id}/deliver")
    @Operation(summary = "Seller: mark an ACCEPTED escrow delivered; auto-release starts")
    public RestResponse<EscrowView> deliver(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "deliver", keys.optional(key), null, c -> actions.deliver(c, id));
    }

    @POST
    @Path("/{id}/release")
    @Operation(summary = "Buyer: release a DELIVERED escrow; the seller is paid less the fee")
    public RestResponse<EscrowView> release(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "release", keys.required(key), null, c -> actions.release(c, id));
    }

    @POST
    @Path("/{id}/dispute")
    @Operation(summary = "Buyer or seller: dispute an ACCEPTED or DELIVERED escrow")
    public RestResponse<EscrowView> dispute(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "dispute", keys.optional(key), null, c -> actions.dispute(c, id));
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Operator: split a DISPUTED escrow; the rest is refunded to the buyer")
    public RestResponse<EscrowView> resolve(
            @PathParam("id") UUID id,
            @HeaderParam(IdempotencyKeys.HEADER) String key,
            @Valid @NotNull ResolveRequest request) {
        ResolveRequest.Share share = request.sellerShare();
        return act(
                id,
                "resolve",
                keys.required(key),
                request,
                c -> actions.resolve(c, id, share.amount(), share.currency()));
    }

    private RestResponse<EscrowView> act(
            UUID id, String action, String key, Object body, Function<Caller, Escrow> move) {
        Caller caller = Caller.of(user);
        Outcome<EscrowView> outcome =
                idempotency.run(
                        caller.id(),
                        key,
                        "escrow." + action,
                        keys.fingerprint("POST", "/api/escrows/" + id + "/" + action, body),
                        200,
                        EscrowView.class,
                        () -> EscrowView.from(move.apply(caller)));
        return respond(outcome, null);
    }

    private static RestResponse<EscrowView> respond(Outcome<EscrowView> outcome, URI location) {
        var builder =
                RestResponse.ResponseBuilder.create(
                        RestResponse.Status.fromStatusCode(outcome.status()), outcome.body());
        if (location != null) {
            builder.location(location);
        }
        if (outcome.replayed()) {
            builder.header("Idempotency-Replayed", "true");
        }
        return builder.build();
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
