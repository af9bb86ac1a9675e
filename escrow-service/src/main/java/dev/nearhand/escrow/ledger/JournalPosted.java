package dev.nearhand.escrow.ledger;

/**
 * Fired synchronously after a journal's entries are written and flushed, still inside the
 * transaction: an observer that throws rolls the whole movement back (audits, fault injection).
 */
public record JournalPosted(Journal journal, int entries) {}
