package dev.nearhand.listing.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.escrow.EscrowReleased;
import dev.nearhand.contracts.escrow.EscrowResolved;
import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.listing.Sale;
import dev.nearhand.listing.service.SalesService;
import dev.nearhand.platform.inbox.IncomingEvent;
import dev.nearhand.platform.inbox.Intake;
import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads escrow's transitions for the ones that sold pieces of something: a release, or a resolution
 * that paid the seller, of an escrow priced per ITEM. Every other escrow event is ignored.
 */
@ApplicationScoped
public class EscrowEventsConsumer {

    /** The price unit of things sold by the piece: the escrow's quantity is a number of pieces. */
    private static final String PIECES = "ITEM";

    private final Intake intake;
    private final SalesService sales;
    private final ObjectMapper mapper;

    EscrowEventsConsumer(Intake intake, SalesService sales, ObjectMapper mapper) {
        this.intake = intake;
        this.sales = sales;
        this.mapper = mapper;
    }

    /** A poll's worth of sales in one transaction: one commit, not one per event. */
    @Incoming("escrow-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        intake.batch(records, this::sale, sales::applyAll);
    }

    /** The sale an escrow event announces, or null when it announces none. */
    private Sale sale(IncomingEvent event) {
        EscrowSnapshot escrow = soldEscrow(event);
        if (escrow == null || !PIECES.equals(escrow.unit())) {
            // Only pieces leave the stock: an item priced per DAY or HOUR was lent and comes back,
            // and escrow-service reserves nothing for it either.
            return null;
        }
        if (escrow.listingId() == null || escrow.quantity() < 1) {
            // Retrying cannot make it a sale; skip loudly rather than stall the poll.
            Log.errorf(
                    "skipping %s %s: listing %s, quantity %d",
                    event.type(), event.eventId(), escrow.listingId(), escrow.quantity());
            return null;
        }
        return new Sale(event.eventId(), escrow.listingId(), escrow.quantity());
    }

    /** The escrow of a release, or of a resolution that paid the seller; null otherwise. */
    private EscrowSnapshot soldEscrow(IncomingEvent event) {
        EscrowReleased released = event.readIf(mapper, EscrowReleased.class);
        EscrowResolved resolved = event.readIf(mapper, EscrowResolved.class);
        EscrowSnapshot escrow =
                released != null ? released.escrow() : resolved != null ? resolved.escrow() : null;
        if (escrow == null) {
            if (released != null || resolved != null) {
                Log.errorf("skipping %s %s: it has no escrow", event.type(), event.eventId());
            }
            return null;
        }
        return released != null || paidTheSeller(event, escrow.sellerShare()) ? escrow : null;
    }

    /**
     * A resolution that gave the seller something means the buyer kept what was sold; one that gave
     * them nothing refunded the buyer in full, and nothing was sold.
     */
    private static boolean paidTheSeller(IncomingEvent event, Money sellerShare) {
        if (sellerShare == null) {
            return false;
        }
        try {
            return new BigDecimal(sellerShare.amount()).signum() > 0;
        } catch (NumberFormatException | NullPointerException e) {
            Log.errorf(
                    "skipping %s %s: seller share %s is not an amount",
                    event.type(), event.eventId(), sellerShare);
            return false;
        }
    }
}
