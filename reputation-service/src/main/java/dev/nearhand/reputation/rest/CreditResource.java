package dev.nearhand.reputation.rest;

import dev.nearhand.platform.security.CurrentUser;
import dev.nearhand.reputation.service.CreditExplainer;
import dev.nearhand.reputation.service.CreditService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credit: anyone's public summary, and my own with its explanation. */
@Path("/api/credit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Credit")
public class CreditResource {

    private final CreditService credits;
    private final CreditExplainer explainer;
    private final CurrentUser user;

    CreditResource(CreditService credits, CreditExplainer explainer, CurrentUser user) {
        this.credits = credits;
        this.explainer = explainer;
        this.user = user;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "My credit, what lowers it, and what would raise my escrow limits")
    @APIResponse(responseCode = "200", description = "My credit")
    public MyCreditView mine() {
        return MyCreditView.from(explainer.explain(user.id(), user.verification()));
    }

    @GET
    @Path("/{userId}")
    @Operation(
            summary = "A user's public credit",
            description = "A user nothing is known about is at the neutral prior with tier NEW.")
    @APIResponse(responseCode = "200", description = "The credit summary")
    public CreditView of(@PathParam("userId") String userId) {
        return CreditView.from(credits.of(userId));
    }
}
