package dev.nearhand.escrow.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One balanced movement of money: its entries sum to zero (the database checks it at commit). */
@Entity
@Table(name = "journal")
public class Journal {

    @Id private UUID id;

    @Enumerated(EnumType.STRING)
    private JournalKind kind;

    @Column(name = "escrow_id")
    private UUID escrowId;

    private String reference;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Journal() {}

    Journal(JournalKind kind, UUID escrowId, String reference, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.escrowId = escrowId;
        this.reference = reference;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public JournalKind kind() {
        return kind;
    }

    public UUID escrowId() {
        return escrowId;
    }

    public String reference() {
        return reference;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
