package dev.nearhand.listing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;

/**
 * The real merge, with another writer's change committed in between every time: what a patch meets
 * when the listing changes faster than the patch can be applied.
 */
public class InterruptedListingPatches extends ListingPatches {

    private final Runnable otherWriter;

    public InterruptedListingPatches(
            ObjectMapper mapper, Validator validator, Runnable otherWriter) {
        super(mapper, validator);
        this.otherWriter = otherWriter;
    }

    @Override
    public ListingRequest merge(ListingRequest current, JsonNode patch)
            throws JsonProcessingException {
        ListingRequest merged = super.merge(current, patch);
        otherWriter.run();
        return merged;
    }
}
