package dev.nearhand.reputation;

/** What a piece of credit evidence records, and which of the two scores it moves. */
public enum EvidenceKind {
    /** A trade completed (released, or a dispute the seller won), for each party credited. */
    COMPLETED(true),
    /** The seller declined a paid escrow. */
    DECLINED(true),
    /** The seller let a paid escrow expire without answering. */
    EXPIRED(true),
    /** The seller kept less than half the total after a dispute. */
    DISPUTE_LOST(true),
    /** The buyer disputed and the seller kept at least half. */
    DISPUTE_FAILED(true),
    /** A published review of the user. */
    REVIEW(true),
    /** An upheld report about the user. */
    REPORT_UPHELD(false);

    private final boolean transaction;

    EvidenceKind(boolean transaction) {
        this.transaction = transaction;
    }

    /** True for the transaction score, false for the social score. */
    public boolean movesTransaction() {
        return transaction;
    }
}
