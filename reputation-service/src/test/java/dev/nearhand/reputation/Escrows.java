package dev.nearhand.reputation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nearhand.contracts.GoldenSamples;
import dev.nearhand.contracts.Topics;
import dev.nearhand.contracts.escrow.EscrowSnapshot;
import dev.nearhand.reputation.service.TradeService;
import dev.nearhand.testing.KafkaProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * Escrow events shaped exactly like escrow-service's golden samples, with the fields a test cares
 * about replaced: sent over Kafka, or handed to the same service method the consumer calls.
 */
final class Escrows {

    private Escrows() {}

    /** One escrow event: {@code type} is the simple name, e.g. EscrowReleased. */
    record EscrowEvent(String type, UUID eventId, String json) {

        UUID escrowId() {
            return UUID.fromString(node().get("escrow").get("escrowId").asText());
        }

        ObjectNode node() {
            try {
                return (ObjectNode) GoldenSamples.MAPPER.readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The same event with another id, escrow or revision: for redelivery tests. */
        EscrowEvent with(UUID newEventId, UUID newEscrowId, long revision) {
            ObjectNode node = node();
            node.put("eventId", newEventId.toString());
            ObjectNode escrow = (ObjectNode) node.get("escrow");
            escrow.put("escrowId", newEscrowId.toString());
            escrow.put("revision", revision);
            return new EscrowEvent(type, newEventId, write(node));
        }

        /** The same event claiming another status: for events this service cannot apply. */
        EscrowEvent withStatus(String status) {
            ObjectNode node = node();
            ((ObjectNode) node.get("escrow")).put("status", status);
            return new EscrowEvent(type, eventId, write(node));
        }

        /** The same event naming another party (or none, as events before the field) as opener. */
        EscrowEvent withDisputedBy(String party) {
            ObjectNode node = node();
            ((ObjectNode) node.get("escrow")).put("disputedBy", party);
            return new EscrowEvent(type, eventId, write(node));
        }

        void sendToKafka() {
            sendToKafka(escrowId().toString());
        }

        /** Sends under another key: a redelivery keeps the partition of the original. */
        void sendToKafka(String key) {
            KafkaProbe.send(Topics.ESCROW_ESCROWS, key, type, eventId.toString(), json);
        }

        void applyWith(TradeService trades) {
            TradeService.Change change = change();
            trades.apply(change.eventId(), change.occurredAt(), change.escrow());
        }

        /** This event as the consumer reads it from Kafka. */
        TradeService.Change change() {
            try {
                ObjectNode node = node();
                return new TradeService.Change(
                        eventId,
                        Instant.parse(node.get("occurredAt").asText()),
                        GoldenSamples.MAPPER.treeToValue(node.get("escrow"), EscrowSnapshot.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * An event of the given status for an escrow between buyer and seller. {@code sellerShare} is
     * used for RESOLVED only.
     */
    static EscrowEvent event(
            String status,
            UUID escrowId,
            String buyer,
            String seller,
            String amount,
            String currency,
            String sellerShare,
            long revision,
            Instant at) {
        String type = "Escrow" + status.charAt(0) + status.substring(1).toLowerCase();
        ObjectNode node = sample(type);
        UUID eventId = UUID.randomUUID();
        node.put("eventId", eventId.toString());
        node.put("occurredAt", at.toString());
        ObjectNode escrow = (ObjectNode) node.get("escrow");
        escrow.put("escrowId", escrowId.toString());
        escrow.put("buyerId", buyer);
        escrow.put("sellerId", seller);
        escrow.put("status", status);
        escrow.put("revision", revision);
        ((ObjectNode) escrow.get("total")).put("amount", amount).put("currency", currency);
        ((ObjectNode) escrow.get("fee")).put("currency", currency);
        if ("RESOLVED".equals(status)) {
            ((ObjectNode) escrow.get("sellerShare"))
                    .put("amount", sellerShare)
                    .put("currency", currency);
            ((ObjectNode) escrow.get("refund")).put("currency", currency);
        }
        return new EscrowEvent(type, eventId, write(node));
    }

    /** A final-status event of a typical 900 TWD escrow (revision 5). */
    static EscrowEvent finished(String status, String buyer, String seller, Instant at) {
        return event(status, UUID.randomUUID(), buyer, seller, "900.00", "TWD", "0", 5, at);
    }

    private static ObjectNode sample(String type) {
        try {
            return (ObjectNode)
                    GoldenSamples.MAPPER.readTree(GoldenSamples.read("escrow/" + type + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return GoldenSamples.MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
