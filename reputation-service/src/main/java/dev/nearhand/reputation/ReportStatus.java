package dev.nearhand.reputation;

/** Where a report stands: only an UPHELD report changes a score. */
public enum ReportStatus {
    OPEN,
    UPHELD,
    DISMISSED
}
