package dev.nearhand.local;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/** {@code ./nearhand token}: prints the JWT and nothing else on stdout, for {@code $(...)}. */
final class TokenCommand {

    static final String USAGE = "usage: ./nearhand token <user> [--kyc none|phone|id] [--operator]";

    /** What the user asked for. */
    record Options(String user, String kyc, boolean operator) {}

    private final StackLayout layout;

    TokenCommand(StackLayout layout) {
        this.layout = layout;
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options options = parse(args);
        LocalKeys keys = new LocalKeys(layout.keysDir());
        if (keys.ensure()) {
            // stderr: stdout carries the token and nothing else.
            err.println(
                    "Created the local signing key pair in "
                            + layout.display(layout.keysDir())
                            + " (never commit it).");
        }
        out.println(
                TokenIssuer.issue(
                        keys.privateKey(),
                        options.user(),
                        options.kyc(),
                        options.operator(),
                        Instant.now()));
        return 0;
    }

    static Options parse(List<String> args) {
        String user = null;
        String kyc = "none";
        boolean operator = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--operator")) {
                operator = true;
            } else if (arg.equals("--kyc")) {
                if (i + 1 >= args.size()) {
                    throw bad("--kyc needs a value");
                }
                kyc = args.get(++i);
            } else if (arg.startsWith("--kyc=")) {
                kyc = arg.substring("--kyc=".length());
            } else if (arg.startsWith("-")) {
                throw bad("unknown option " + arg);
            } else if (user == null) {
                user = arg;
            } else {
                throw bad("one user only, got '" + user + "' and '" + arg + "'");
            }
        }
        if (user == null || user.isBlank()) {
            throw bad("which user?");
        }
        if (user.chars().anyMatch(Character::isISOControl)) {
            throw bad("the user id must not contain control characters");
        }
        if (!TokenIssuer.KYC_LEVELS.contains(kyc)) {
            throw bad("--kyc must be none, phone or id, not '" + kyc + "'");
        }
        return new Options(user, kyc, operator);
    }

    private static CliException bad(String problem) {
        return CliException.usage(problem + "\n" + USAGE);
    }
}
