package dev.nearhand.listing.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.nearhand.listing.GeoPoint;

/**
 * A listing as its owner sees it: the public view plus the exact position it is offered at, and
 * whether that is the shop's position (it then moves with the shop).
 */
public record OwnerListingView(
        @JsonUnwrapped ListingView listing, LocationBody location, boolean placedAtShop) {

    public static OwnerListingView of(ListingView listing, GeoPoint exact, boolean placedAtShop) {
        return new OwnerListingView(listing, LocationBody.from(exact), placedAtShop);
    }
}
