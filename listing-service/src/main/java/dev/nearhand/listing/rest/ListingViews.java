package dev.nearhand.listing.rest;

import dev.nearhand.listing.GeoPoint;
import dev.nearhand.listing.Listing;
import dev.nearhand.listing.Shop;
import dev.nearhand.listing.service.AreaCells;
import dev.nearhand.listing.service.ShopService;
import dev.nearhand.platform.paging.Cursors;
import dev.nearhand.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Builds the public and the owner's views of listings; only the owner's carries coordinates. */
@ApplicationScoped
public class ListingViews {

    private final AreaCells cells;
    private final ShopService shops;

    ListingViews(AreaCells cells, ShopService shops) {
        this.cells = cells;
        this.shops = shops;
    }

    public ListingView publicView(Listing listing) {
        return ListingView.from(listing, cells.area(listing.areaCell()));
    }

    public OwnerListingView ownerView(Listing listing) {
        return ownerView(listing, shops.publicShop(listing.shopId()));
    }

    public OwnerListingView ownerView(Listing listing, Shop shop) {
        // Read the column, not content(): that would parse the availability JSON a second time.
        GeoPoint own = listing.ownLocation();
        return OwnerListingView.of(
                publicView(listing), own != null ? own : shop.location(), own == null);
    }

    /** A page of public views from listings read with {@link Page#rowsFor}. */
    public Page<ListingView> page(List<Listing> read, int limit) {
        return Page.of(
                read,
                limit,
                this::publicView,
                last -> Cursors.encode(last.publishedAt().toString(), last.id().toString()));
    }
}
