package dev.nearhand.local;

/** A failure the CLI reports to the user as a plain message, carrying the exit code to return. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Bad arguments: exit code 2, like most Unix tools. */
    static CliException usage(String message) {
        return new CliException(message, 2);
    }

    /** Something the user can fix (a taken port, a missing build): exit code 1. */
    static CliException failure(String message) {
        return new CliException(message, 1);
    }

    int exitCode() {
        return exitCode;
    }
}
