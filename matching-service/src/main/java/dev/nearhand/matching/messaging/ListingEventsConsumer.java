package dev.nearhand.matching.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.listing.ListingPaused;
import dev.nearhand.contracts.listing.ListingPublished;
import dev.nearhand.contracts.listing.ListingResumed;
import dev.nearhand.contracts.listing.ListingUpdated;
import dev.nearhand.contracts.listing.ListingWithdrawn;
import dev.nearhand.contracts.listing.ShopOpened;
import dev.nearhand.contracts.listing.ShopUpdated;
import dev.nearhand.matching.service.ListingIndexService;
import dev.nearhand.matching.service.ShopAreaService;
import dev.nearhand.platform.inbox.IncomingEvent;
import dev.nearhand.platform.inbox.Intake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads listing-service's listing and shop events into the search index. Every listing event
 * carries the whole snapshot, so they are all handled alike: newest revision wins.
 */
@ApplicationScoped
public class ListingEventsConsumer {

    private static final Set<String> LISTING_EVENTS =
            Set.of(
                    ListingPublished.class.getSimpleName(),
                    ListingUpdated.class.getSimpleName(),
                    ListingPaused.class.getSimpleName(),
                    ListingResumed.class.getSimpleName(),
                    ListingWithdrawn.class.getSimpleName());

    private final Intake intake;
    private final ListingIndexService listings;
    private final ShopAreaService shops;
    private final ObjectMapper mapper;

    ListingEventsConsumer(
            Intake intake,
            ListingIndexService listings,
            ShopAreaService shops,
            ObjectMapper mapper) {
        this.intake = intake;
        this.listings = listings;
        this.shops = shops;
        this.mapper = mapper;
    }

    /**
     * A poll's worth of listing events in one transaction (batch consumption): a rebuild from the
     * topic or a burst of events costs one commit per batch, not per event. The batch is
     * acknowledged only after that commit; a redelivered event is skipped by the inbox.
     */
    @Incoming("listing-events")
    @Blocking(ordered = true)
    public void consumeListings(ConsumerRecords<String, String> records) {
        intake.batch(records, this::read, listings::applyAll);
    }

    private ListingIndexService.Incoming read(IncomingEvent event) {
        if (!LISTING_EVENTS.contains(event.type())) {
            return null;
        }
        // All five records share one shape; ListingPublished reads any of them.
        ListingPublished read = event.read(mapper, ListingPublished.class);
        return new ListingIndexService.Incoming(event.eventId(), read.listing());
    }

    @Incoming("shop-events")
    @Blocking(ordered = true)
    public void consumeShop(ConsumerRecord<String, String> record) {
        intake.one(record, this::applyShop);
    }

    private void applyShop(IncomingEvent event) {
        if (ShopOpened.class.getSimpleName().equals(event.type())
                || ShopUpdated.class.getSimpleName().equals(event.type())) {
            shops.apply(event.eventId(), event.read(mapper, ShopOpened.class).shop());
        }
    }
}
