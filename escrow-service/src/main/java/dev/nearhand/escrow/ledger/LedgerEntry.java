package dev.nearhand.escrow.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One leg of a journal on one account. Append-only: the database refuses updates and deletes. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    /** The ledger's own order of entries: internal, never shown (it would count everyone's). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** What clients know an entry by: random, given by the database when the entry is written. */
    @Column(name = "public_id", insertable = false, updatable = false)
    private UUID publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "journal_id")
    private Journal journal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String currency;
    private BigDecimal amount;

    @Column(name = "balance_after")
    private BigDecimal balanceAfter;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LedgerEntry() {}

    public Long id() {
        return id;
    }

    public UUID publicId() {
        return publicId;
    }

    public Journal journal() {
        return journal;
    }

    public Account account() {
        return account;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal balanceAfter() {
        return balanceAfter;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
