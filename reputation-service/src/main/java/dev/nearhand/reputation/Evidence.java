package dev.nearhand.reputation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One fact a user's credit is computed from: its kind, how good it was (value 0-1) and how much it
 * weighs before recency decay. Private: never on the wire.
 */
@Entity
@Table(name = "credit_evidence")
public class Evidence {

    @Id private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvidenceKind kind;

    @Column(nullable = false, updatable = false)
    private double value;

    @Column(nullable = false, updatable = false)
    private double weight;

    @Column(name = "source_id", nullable = false, updatable = false)
    private UUID sourceId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected Evidence() {}

    public Evidence(
            String userId,
            EvidenceKind kind,
            double value,
            double weight,
            UUID sourceId,
            Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.kind = kind;
        this.value = value;
        this.weight = weight;
        this.sourceId = sourceId;
        this.occurredAt = occurredAt;
    }

    /** What a score is computed from. */
    public Fact fact() {
        return new Fact(kind, value, weight, occurredAt);
    }

    public String userId() {
        return userId;
    }

    public EvidenceKind kind() {
        return kind;
    }

    public double value() {
        return value;
    }

    public double weight() {
        return weight;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
