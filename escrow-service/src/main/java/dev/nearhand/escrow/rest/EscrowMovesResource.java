package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.Escrow;
import dev.nearhand.escrow.service.Caller;
import dev.nearhand.escrow.service.EscrowActionService;
import dev.nearhand.escrow.service.EscrowService;
import dev.nearhand.escrow.service.IdempotencyService;
import dev.nearhand.escrow.service.IdempotencyService.Outcome;
import dev.nearhand.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The moves on an escrow: the buyer's confirm, the parties' moves after it and an operator's
 * resolve, each answering 200 with the escrow and its history.
 *
 * <p>Every move takes an {@code Idempotency-Key} optionally (the public API requires one only to
 * top up and to open an escrow). With a key a retry gets the stored answer; without one the move
 * simply runs, and a repeat is refused by the state machine (409 {@code illegal-transition}), so
 * money still moves at most once. A missing key is therefore never the answer to a move: who may
 * make it (404 for strangers, 403 for the wrong party) comes first.
 */
@Path("/api/escrows")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escrows")
public class EscrowMovesResource {

    private final EscrowService escrows;
    private final EscrowActionService actions;
    private final IdempotencyService idempotency;
    private final IdempotencyKeys keys;
    private final CurrentUser user;

    EscrowMovesResource(
            EscrowService escrows,
            EscrowActionService actions,
            IdempotencyService idempotency,
            IdempotencyKeys keys,
            CurrentUser user) {
        this.escrows = escrows;
        this.actions = actions;
        this.idempotency = idempotency;
        this.keys = keys;
        this.user = user;
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "Buyer: confirm; the total moves from available to held")
    public RestResponse<EscrowView> confirm(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "confirm", key, null, c -> escrows.confirm(c, id));
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Buyer: take the money back while HELD and inside the revoke window")
    public RestResponse<EscrowView> revoke(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "revoke", key, null, c -> actions.revoke(c, id));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Seller: accept a HELD escrow")
    public RestResponse<EscrowView> accept(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "accept", key, null, c -> actions.accept(c, id));
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Seller: decline a HELD escrow; the buyer is refunded in full")
    public RestResponse<EscrowView> decline(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "decline", key, null, c -> actions.decline(c, id));
    }

    @POST
    @Path("/{id}/deliver")
    @Operation(summary = "Seller: mark an ACCEPTED escrow delivered; auto-release starts")
    public RestResponse<EscrowView> deliver(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "deliver", key, null, c -> actions.deliver(c, id));
    }

    @POST
    @Path("/{id}/release")
    @Operation(summary = "Buyer: release a DELIVERED escrow; the seller is paid less the fee")
    public RestResponse<EscrowView> release(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "release", key, null, c -> actions.release(c, id));
    }

    @POST
    @Path("/{id}/dispute")
    @Operation(summary = "Buyer or seller: dispute an ACCEPTED or DELIVERED escrow")
    public RestResponse<EscrowView> dispute(
            @PathParam("id") UUID id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        return act(id, "dispute", key, null, c -> actions.dispute(c, id));
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
                key,
                request,
                c -> actions.resolve(c, id, share.amount(), share.currency()));
    }

    /**
     * Runs one move, under its key when the client sent one; the key's fingerprint covers the path,
     * so the escrow id too.
     */
    private RestResponse<EscrowView> act(
            UUID id, String action, String keyHeader, Object body, Function<Caller, Escrow> move) {
        Caller caller = Caller.of(user);
        Outcome<EscrowView> outcome =
                idempotency.run(
                        caller.id(),
                        keys.optional(keyHeader),
                        "escrow." + action,
                        keys.fingerprint("POST", "/api/escrows/" + id + "/" + action, body),
                        200,
                        EscrowView.class,
                        () -> EscrowView.from(move.apply(caller)));
        return IdempotentResponses.of(outcome, null);
    }
}
