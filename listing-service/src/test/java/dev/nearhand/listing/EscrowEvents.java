package dev.nearhand.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nearhand.contracts.Event;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Money;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.escrow.EscrowAccepted;
import dev.nearhand.contracts.escrow.EscrowDelivered;
import dev.nearhand.contracts.escrow.EscrowDisputed;
import dev.nearhand.contracts.escrow.EscrowHeld;
import dev.nearhand.contracts.escrow.EscrowReleased;
import dev.nearhand.contracts.escrow.EscrowResolved;
import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.testing.KafkaProbe;
import dev.nearhand.testing.TestInfrastructure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;

/**
 * Escrow-service's events about one escrow of an ITEM listing, built from the contract's records on
 * the golden sample and sent to Kafka as escrow-service sends them.
 */
final class EscrowEvents {

    private static final EscrowSnapshot SAMPLE =
            GoldenSamples.readAs("escrow/EscrowReleased.json", EscrowReleased.class).escrow();
    private static final BigDecimal PRICE = new BigDecimal("1200.00");

    private final UUID escrowId;
    private final UUID listingId;
    private final int units;
    private final String unit;

    private EscrowEvents(UUID escrowId, UUID listingId, int units, String unit) {
        this.escrowId = escrowId;
        this.listingId = listingId;
        this.units = units;
        this.unit = unit;
    }

    private EscrowEvents(UUID escrowId, UUID listingId, int units) {
        this(escrowId, listingId, units, "ITEM");
    }

    /** The same escrow priced per DAY: the listing was lent for {@code units} days. */
    EscrowEvents lentByTheDay() {
        return new EscrowEvents(escrowId, listingId, units, "DAY");
    }

    /** A new escrow buying {@code units} of the listing. */
    static EscrowEvents escrow(String listingId, int units) {
        return new EscrowEvents(UUID.randomUUID(), UUID.fromString(listingId), units);
    }

    /**
     * Another new escrow, whose events land in the same partition as this one's: Kafka hands them
     * to listing-service after this one's, so once one of them is applied these were handled too.
     */
    EscrowEvents nextInLine(String listingId, int units) {
        int partitions = partitions();
        int partition = partitionOf(escrowId, partitions);
        UUID id;
        do {
            id = UUID.randomUUID();
        } while (partitionOf(id, partitions) != partition);
        return new EscrowEvents(id, UUID.fromString(listingId), units);
    }

    EscrowHeld held() {
        return new EscrowHeld(UUID.randomUUID(), Instant.now(), 1, snapshot("HELD", 2, null));
    }

    EscrowAccepted accepted() {
        return new EscrowAccepted(
                UUID.randomUUID(), Instant.now(), 1, snapshot("ACCEPTED", 3, null));
    }

    EscrowDelivered delivered() {
        return new EscrowDelivered(
                UUID.randomUUID(), Instant.now(), 1, snapshot("DELIVERED", 4, null));
    }

    EscrowDisputed disputed() {
        return new EscrowDisputed(
                UUID.randomUUID(), Instant.now(), 1, snapshot("DISPUTED", 5, null));
    }

    EscrowReleased released() {
        return new EscrowReleased(
                UUID.randomUUID(), Instant.now(), 1, snapshot("RELEASED", 5, null));
    }

    /** An operator's resolution giving the seller {@code sellerShare} (TWD) of the total. */
    EscrowResolved resolved(String sellerShare) {
        return new EscrowResolved(
                UUID.randomUUID(), Instant.now(), 1, snapshot("RESOLVED", 6, sellerShare));
    }

    /** Sends events as escrow-service's relay does: keyed by escrow id, with the event headers. */
    static void send(Event... events) {
        for (Event event : events) {
            try {
                KafkaProbe.send(
                        Topics.ESCROW_ESCROWS,
                        event.key(),
                        event.getClass().getSimpleName(),
                        event.eventId().toString(),
                        GoldenSamples.MAPPER.writeValueAsString(event));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private EscrowSnapshot snapshot(String status, long revision, String sellerShare) {
        BigDecimal total = PRICE.multiply(BigDecimal.valueOf(units));
        BigDecimal share = sellerShare == null ? null : new BigDecimal(sellerShare);
        return new EscrowSnapshot(
                escrowId,
                listingId,
                SAMPLE.buyerId(),
                SAMPLE.sellerId(),
                "tools",
                SAMPLE.area(),
                unit,
                units,
                twd(total),
                twd(total.multiply(new BigDecimal("0.05"))),
                status,
                revision,
                share == null ? null : twd(share),
                share == null ? null : twd(total.subtract(share)),
                null,
                null,
                null,
                null,
                null);
    }

    private static Money twd(BigDecimal amount) {
        return new Money(amount.setScale(2).toPlainString(), "TWD");
    }

    /** Where Kafka's default partitioner puts a record with this key. */
    private static int partitionOf(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8)))
                % partitions;
    }

    private static int partitions() {
        try (Admin admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                TestInfrastructure.shared().kafkaBootstrapServers()))) {
            return admin.describeTopics(List.of(Topics.ESCROW_ESCROWS))
                    .allTopicNames()
                    .get()
                    .get(Topics.ESCROW_ESCROWS)
                    .partitions()
                    .size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + Topics.ESCROW_ESCROWS, e);
        }
    }
}
