package dev.nearhand.escrow.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A ledger account's balance row, read-only here: changed only by {@link Ledger} (in SQL) together
 * with the entry that explains the change, under a row lock. Replaying the entries must reproduce
 * it.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private AccountKind kind;

    @Column(name = "owner_id")
    private String ownerId;

    private String currency;

    /** Which row of a split system account; always 0 for users' accounts (see AccountKey). */
    private int bucket;

    private BigDecimal balance;

    protected Account() {}

    public Long id() {
        return id;
    }

    public AccountKind kind() {
        return kind;
    }

    public String ownerId() {
        return ownerId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal balance() {
        return balance;
    }
}
