package dev.nearhand.contracts;

import java.util.List;

/** Kafka topic names, grouped by the producer that owns them. */
public final class Topics {

    /** listing-service: shop snapshots, keyed by shop id. */
    public static final String LISTING_SHOPS = "listing.shops.v1";

    /** listing-service: listing snapshots, keyed by listing id. */
    public static final String LISTING_LISTINGS = "listing.listings.v1";

    /** escrow-service: escrow transitions, keyed by escrow id. */
    public static final String ESCROW_ESCROWS = "escrow.escrows.v1";

    /** reputation-service: credit snapshots, keyed by user id. */
    public static final String REPUTATION_CREDIT = "reputation.credit.v1";

    /** matching-service: posted needs, keyed by need id. */
    public static final String MATCHING_NEEDS = "matching.needs.v1";

    /** Every topic, for tools that create them up front. */
    public static final List<String> ALL =
            List.of(
                    LISTING_SHOPS,
                    LISTING_LISTINGS,
                    ESCROW_ESCROWS,
                    REPUTATION_CREDIT,
                    MATCHING_NEEDS);

    /** Headers every relayed record carries next to its JSON value. */
    public static final String HEADER_EVENT_TYPE = "nearhand-event-type";

    public static final String HEADER_EVENT_ID = "nearhand-event-id";

    private Topics() {}
}
