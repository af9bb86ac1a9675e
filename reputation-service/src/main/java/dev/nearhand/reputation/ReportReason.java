package dev.nearhand.reputation;

/**
 * Why a user is reported; severity (from configuration) ranks FRAUD > HARASSMENT > SPAM > OTHER.
 */
public enum ReportReason {
    SPAM,
    HARASSMENT,
    FRAUD,
    OTHER
}
