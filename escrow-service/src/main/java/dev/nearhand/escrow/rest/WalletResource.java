package dev.nearhand.escrow.rest;

import dev.nearhand.escrow.Amount;
import dev.nearhand.escrow.ledger.LedgerEntry;
import dev.nearhand.escrow.service.IdempotencyService;
import dev.nearhand.escrow.service.IdempotencyService.Outcome;
import dev.nearhand.escrow.service.MoneyInput;
import dev.nearhand.escrow.service.WalletService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** My wallet: balances, top-ups through the payment provider, and my ledger entries. */
@Path("/api/wallets/me")
@Authenticated
@Tag(name = "Wallets")
public class WalletResource {

    private static final int EXPORT_PAGE = 500;
    private static final String CSV = "text/csv";

    private final WalletService wallets;
    private final IdempotencyService idempotency;
    private final IdempotencyKeys keys;
    private final CurrentUser user;

    WalletResource(
            WalletService wallets,
            IdempotencyService idempotency,
            IdempotencyKeys keys,
            CurrentUser user) {
        this.wallets = wallets;
        this.idempotency = idempotency;
        this.keys = keys;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My balances per currency: available and held")
    public WalletView wallet() {
        return WalletView.from(wallets.balances(user.id()));
    }

    @POST
    @Path("/top-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add money through the payment provider (the sandbox locally)")
    public RestResponse<TopUpView> topUp(
            @HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull TopUpRequest request) {
        String userId = user.id();
        String idempotencyKey = keys.required(key);
        Amount amount = MoneyInput.parse("", request.amount(), request.currency(), null);
        if (!amount.isPositive()) {
            throw new InvalidFieldException("amount", "must be more than zero");
        }
        Outcome<TopUpView> outcome =
                idempotency.run(
                        userId,
                        idempotencyKey,
                        "wallet.top-up",
                        keys.fingerprint("POST", "/api/wallets/me/top-ups", request),
                        201,
                        TopUpView.class,
                        () -> TopUpView.from(wallets.topUp(userId, amount, idempotencyKey)));
        return IdempotentResponses.of(
                outcome, URI.create("/api/wallets/me/top-ups/" + outcome.body().id()));
    }

    @GET
    @Path("/top-ups/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of my top-ups")
    public TopUpView topUpById(@PathParam("id") UUID id) {
        return TopUpView.from(wallets.topUpOf(user.id(), id));
    }

    @GET
    @Path("/entries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "My ledger entries, newest first")
    public Page<EntryView> entries(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("limit")
                    String limit,
            @QueryParam("cursor") String cursor) {
        int size = Cursors.limit(limit, 50);
        // The cursor names the last entry shown by its public id, so it gives away no count.
        UUID after = Cursors.read(cursor, 1, parts -> UUID.fromString(parts.get(0)));
        List<LedgerEntry> page = wallets.entriesAfter(user.id(), after, Page.rowsFor(size));
        return Page.of(
                page, size, EntryView::from, last -> Cursors.encode(last.publicId().toString()));
    }

    @GET
    @Path("/entries")
    @Produces(CSV)
    @Operation(summary = "All my ledger entries as CSV, newest first")
    public RestResponse<String> entriesCsv() {
        StringBuilder csv = new StringBuilder(EntryView.CSV_HEADER);
        long before = Long.MAX_VALUE;
        List<LedgerEntry> page;
        do {
            page = wallets.entriesBefore(user.id(), before, EXPORT_PAGE);
            page.stream().map(EntryView::from).map(EntryView::toCsvRow).forEach(csv::append);
            if (!page.isEmpty()) {
                before = page.get(page.size() - 1).id();
            }
        } while (page.size() == EXPORT_PAGE);
        return RestResponse.ResponseBuilder.ok(csv.toString(), CSV)
                .header("Content-Disposition", "attachment; filename=\"entries.csv\"")
                .build();
    }
}
