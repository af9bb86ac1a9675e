package dev.nearhand.escrow.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.listing.ListingPaused;
import dev.nearhand.contracts.listing.ListingPublished;
import dev.nearhand.contracts.listing.ListingResumed;
import dev.nearhand.contracts.listing.ListingUpdated;
import dev.nearhand.contracts.listing.ListingWithdrawn;
import dev.nearhand.escrow.service.CatalogService;
import dev.nearhand.platform.inbox.IncomingEvent;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads listing-service's listing snapshots into escrow's own copy of listings. */
@ApplicationScoped
public class ListingEventsConsumer {

    private final CatalogService catalog;
    private final ObjectMapper mapper;

    ListingEventsConsumer(CatalogService catalog, ObjectMapper mapper) {
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @Incoming("listing-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        try {
            apply(IncomingEvent.of(record));
        } catch (IncomingEvent.MalformedEventException e) {
            // Retrying cannot help an event we cannot read; skip it loudly rather than stall.
            Log.errorf(e, "skipping unreadable record at offset %d", record.offset());
        }
    }

    private void apply(IncomingEvent event) {
        var listing =
                switch (event.type()) {
                    case "ListingPublished" -> event.read(mapper, ListingPublished.class).listing();
                    case "ListingUpdated" -> event.read(mapper, ListingUpdated.class).listing();
                    case "ListingPaused" -> event.read(mapper, ListingPaused.class).listing();
                    case "ListingResumed" -> event.read(mapper, ListingResumed.class).listing();
                    case "ListingWithdrawn" -> event.read(mapper, ListingWithdrawn.class).listing();
                    default -> null; // events escrow does not need
                };
        if (listing != null) {
            catalog.applyListing(event.eventId(), listing);
        }
    }
}
