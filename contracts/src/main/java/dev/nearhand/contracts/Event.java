package dev.nearhand.contracts;

import java.time.Instant;
import java.util.UUID;

/** What every Nearhand event carries on the wire, whoever produces it. */
public interface Event {

    /** Unique per event; consumers record it to skip redeliveries. */
    UUID eventId();

    Instant occurredAt();

    /** Schema version of the record; changes are additive, a breaking change is a new topic. */
    int version();

    /** The aggregate id, used as the Kafka key so that one aggregate's events stay in order. */
    String key();
}
