package dev.nearhand.listing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.nearhand.listing.Listing;
import dev.nearhand.listing.ListingEditConflictException;
import dev.nearhand.listing.service.ListingService;
import dev.nearhand.platform.security.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Listings: publish, read, change, pause, resume, withdraw. */
@Path("/api/listings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Listings")
public class ListingResource {

    /** Far more than one owner's concurrent edits of one listing; past it the client retries. */
    private static final int PATCH_ATTEMPTS = 5;

    private final ListingService listings;
    private final ListingViews views;
    private final ListingPatches patches;
    private final CurrentUser user;

    ListingResource(
            ListingService listings, ListingViews views, ListingPatches patches, CurrentUser user) {
        this.listings = listings;
        this.views = views;
        this.patches = patches;
        this.user = user;
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Publish a listing in my shop",
            description = "Creating publishes: there are no drafts.")
    @APIResponse(responseCode = "201", description = "Published; the owner's view, with Location")
    @APIResponse(responseCode = "400", description = "A field is invalid; the problem names it")
    @APIResponse(responseCode = "409", description = "No shop yet")
    @APIResponse(responseCode = "422", description = "Too many active listings")
    public RestResponse<OwnerListingView> create(@Valid @NotNull ListingRequest request) {
        Listing listing = listings.create(user.id(), request.toDraft());
        return RestResponse.ResponseBuilder.create(
                        RestResponse.Status.CREATED, views.ownerView(listing))
                .location(URI.create("/api/listings/" + listing.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Read a listing",
            description =
                    "Anyone sees an active or sold-out listing with its approximate area; its owner sees it in any state with the exact position.")
    @APIResponse(responseCode = "200", description = "The listing")
    @APIResponse(responseCode = "404", description = "No such listing, or it is not public")
    public Object get(@PathParam("id") UUID id) {
        String caller = user.idIfKnown().orElse(null);
        Listing listing = listings.visibleTo(caller, id);
        return listing.isOwnedBy(caller) ? views.ownerView(listing) : views.publicView(listing);
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Change my listing",
            description =
                    "A JSON merge patch (RFC 7386): fields present replace, null removes, absent stay. The result is validated whole."
                            + " An item's quantity is what is left to sell: above 0 restocks a sold-out listing, 0 sells it out.")
    @APIResponse(responseCode = "200", description = "The changed listing")
    @APIResponse(responseCode = "403", description = "Not your listing")
    @APIResponse(
            responseCode = "409",
            description = "The listing is withdrawn, or kept changing while the patch was merged")
    public OwnerListingView update(@PathParam("id") UUID id, @NotNull JsonNode patch)
            throws JsonProcessingException {
        String owner = user.id();
        // Merged outside the row lock, then written only if nothing changed in between; otherwise
        // merged again onto the newer content, so two concurrent patches both take effect.
        for (int attempt = 0; attempt < PATCH_ATTEMPTS; attempt++) {
            ListingService.Editable base = listings.editableForOwner(owner, id);
            ListingRequest merged = patches.merge(ListingRequest.from(base.content()), patch);
            Optional<Listing> updated =
                    listings.updateIfUnchanged(owner, id, base.revision(), merged.toDraft());
            if (updated.isPresent()) {
                return views.ownerView(updated.get());
            }
        }
        throw new ListingEditConflictException(PATCH_ATTEMPTS);
    }

    @POST
    @Path("/{id}/pause")
    @Authenticated
    @Operation(summary = "Hide my listing without withdrawing it")
    @APIResponse(responseCode = "200", description = "The paused listing")
    @APIResponse(responseCode = "409", description = "Not active (also when sold out)")
    public OwnerListingView pause(@PathParam("id") UUID id) {
        return views.ownerView(listings.pause(user.id(), id));
    }

    @POST
    @Path("/{id}/resume")
    @Authenticated
    @Operation(summary = "Show my paused listing again")
    @APIResponse(
            responseCode = "200",
            description = "The active listing, or sold out when an item has nothing left")
    @APIResponse(responseCode = "409", description = "Not paused")
    public OwnerListingView resume(@PathParam("id") UUID id) {
        return views.ownerView(listings.resume(user.id(), id));
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @Operation(
            summary = "Withdraw my listing",
            description =
                    "It leaves every public view for good; its record stays because escrows refer to it.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already withdrawn")
    public RestResponse<Void> withdraw(@PathParam("id") UUID id) {
        listings.withdraw(user.id(), id);
        return RestResponse.noContent();
    }
}
