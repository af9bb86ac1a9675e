package dev.nearhand.escrow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an escrow's history: who moved it, from what, to what, when. Never changed. */
@Entity
@Table(name = "escrow_transition")
public class EscrowTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "escrow_id")
    private Escrow escrow;

    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private EscrowStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private EscrowStatus toStatus;

    private String actor;
    private Instant at;

    protected EscrowTransition() {}

    EscrowTransition(
            Escrow escrow,
            String action,
            EscrowStatus fromStatus,
            EscrowStatus toStatus,
            String actor,
            Instant at) {
        this.escrow = escrow;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.at = at;
    }

    public String action() {
        return action;
    }

    public EscrowStatus fromStatus() {
        return fromStatus;
    }

    public EscrowStatus toStatus() {
        return toStatus;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }
}
