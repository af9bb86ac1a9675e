package dev.nearhand.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code ./nearhand}: runs a subcommand, maps errors to messages and exit codes. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // A CLI: this is its user-facing output. UTF-8 whatever the locale, since log lines may
        // hold any text.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err);
        } catch (CliException e) {
            err.println("nearhand: " + e.getMessage());
            code = e.exitCode();
        } catch (Exception e) {
            err.println("nearhand: " + e);
            code = 1;
        }
        out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        StackLayout layout = StackLayout.fromSystemProperty();
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        return switch (command) {
            case "up" -> {
                // `up --demo`: start, then seed the demo city (./nearhand demo).
                boolean demo = rest.contains("--demo");
                List<String> upArgs = rest.stream().filter(arg -> !arg.equals("--demo")).toList();
                int code = new UpCommand(layout, out).run(upArgs);
                yield code == 0 && demo ? new DemoCommand(layout, out).run(List.of()) : code;
            }
            case "demo" -> new DemoCommand(layout, out).run(rest);
            case "down" -> {
                requireNoArguments(command, rest);
                yield new StackStopper(layout, out).down();
            }
            case "status" -> new StatusCommand(layout, out).run(rest);
            case "logs" -> new LogsCommand(layout, out).run(rest);
            case "reset" -> new ResetCommand(layout, out).run(rest);
            case "token" -> new TokenCommand(layout).run(rest, out, err);
                // Internal: what `up` starts in the background.
            case "supervise" ->
                    new Supervisor(
                                    StackConfig.defaults(
                                            layout, ServiceSpec.selectedFromEnvironment()))
                            .run();
            case "help", "-h", "--help" -> {
                out.println(
                        "usage: ./nearhand up [--demo]|demo [--shops N] [--buyers N]|down|status|logs [name] [-f]|reset [--keys]|token <user> [--kyc none|phone|id] [--operator]");
                yield 0;
            }
            default ->
                    throw CliException.usage(
                            "unknown command '" + command + "'; see ./nearhand help");
        };
    }

    private static void requireNoArguments(String command, List<String> rest) {
        if (!rest.isEmpty()) {
            throw CliException.usage(command + " takes no arguments");
        }
    }
}
