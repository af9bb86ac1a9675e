package dev.nearhand.escrow.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.listing.ListingPaused;
import dev.nearhand.contracts.listing.ListingPublished;
import dev.nearhand.contracts.listing.ListingResumed;
import dev.nearhand.contracts.listing.ListingUpdated;
import dev.nearhand.contracts.listing.ListingWithdrawn;
import dev.nearhand.escrow.service.CatalogService;
import dev.nearhand.platform.inbox.IncomingEvent;
import dev.nearhand.platform.inbox.Intake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads listing-service's listing snapshots into escrow's own copy of listings. */
@ApplicationScoped
public class ListingEventsConsumer {

    private final Intake intake;
    private final CatalogService catalog;
    private final ObjectMapper mapper;

    ListingEventsConsumer(Intake intake, CatalogService catalog, ObjectMapper mapper) {
        this.intake = intake;
        this.catalog = catalog;
        this.mapper = mapper;
    }

    @Incoming("listing-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        intake.one(record, this::apply);
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
