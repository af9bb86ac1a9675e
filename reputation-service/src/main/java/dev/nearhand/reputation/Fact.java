package dev.nearhand.reputation;

import java.time.Instant;

/** The part of a piece of evidence a score is computed from, read without loading the entity. */
public record Fact(EvidenceKind kind, double value, double weight, Instant occurredAt) {}
