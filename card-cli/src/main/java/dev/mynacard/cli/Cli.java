/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.command.HelpCommand;
import dev.mynacard.cli.command.MynacardCommand;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.Output;
import dev.mynacard.cli.output.Report;
import dev.mynacard.cli.output.TextOutput;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs one command line: parses it, runs the command, shows its report or its failure, and returns
 * the exit status. Never throws and never shows a stack trace, unless MYNACARD_DEBUG=1 asks for
 * one on stderr.
 */
public final class Cli {
    public static final String DEBUG_VARIABLE = "MYNACARD_DEBUG";

    private final Io io;
    private final PreScan preScan;
    private final Messages messages;

    private Cli(Io io, PreScan preScan) {
        this.io = io;
        this.preScan = preScan;
        this.messages = Messages.of(preScan.language());
    }

    public static int run(String[] args, Io io) {
        Cli cli = new Cli(io, PreScan.of(args, io.locale()));
        try {
            return cli.run(args);
        } finally {
            io.out().flush();
            io.err().flush();
        }
    }

    private int run(String[] args) {
        Output early = new Output(io.out(), io.err(), messages, preScan.json());
        if (preScan.versionOnly()) {
            // Nothing to parse: picocli's model is not built (see SimpleLine).
            return early.emit(new VersionReport(version()));
        }
        Optional<SimpleLine> simple = SimpleLine.read(args, preScan.language());
        if (simple.isPresent()) {
            return execute(simple.get().options(), invocation -> run(simple.get().command(), invocation));
        }
        MynacardCommand root = new MynacardCommand();
        ParseResult parsed;
        try {
            parsed = CommandLineModel.build(root, args, messages).parseArgs(args);
            CommandLineModel.checkOneWayToTheCard(parsed);
        } catch (ParameterException e) {
            return new UsageErrors(early).handleParseException(e, args);
        } catch (CliException e) {
            return early.fail(e);
        }
        return execute(root.options(preScan.language()), invocation -> execute(parsed, invocation));
    }

    /** What runs once the line is read. */
    @FunctionalInterface
    private interface Step {
        int run(Invocation invocation) throws Exception;
    }

    private int execute(GlobalOptions options, Step step) {
        Output output = new Output(io.out(), io.err(), Messages.of(options.language()), options.json());
        try {
            return step.run(new Invocation(options, io, output));
        } catch (Throwable e) {
            CliException failure = Failures.describe(e, options.bridged());
            if (io.env(DEBUG_VARIABLE).isPresent()) {
                output.stackTrace(e);
            }
            return output.fail(failure);
        }
    }

    private int execute(ParseResult parsed, Invocation invocation) throws Exception {
        ParseResult last = parsed;
        while (true) {
            if (last.isUsageHelpRequested()) {
                io.out().print(CommandLineModel.usage(last.commandSpec().commandLine()));
                return ExitCode.OK.status();
            }
            if (!last.hasSubcommand()) {
                break;
            }
            last = last.subcommand();
        }
        if (parsed.isVersionHelpRequested()) {
            return invocation.output().emit(new VersionReport(version()));
        }
        if (last.commandSpec().userObject() instanceof HelpCommand help) {
            io.out().print(CommandLineModel.usage(help.target()));
            return ExitCode.OK.status();
        }
        if (!(last.commandSpec().userObject() instanceof CliCommand command)) {
            throw new CliException(ExitCode.USAGE, "error.missing-command", last.commandSpec().qualifiedName(),
                    last.commandSpec().subcommands().keySet().stream().collect(Collectors.joining(", ")));
        }
        return run(command, invocation);
    }

    private static int run(CliCommand command, Invocation invocation) throws Exception {
        checkApduTimeout(invocation.options());
        return invocation.output().emit(command.run(invocation));
    }

    /** --apdu-timeout only with a real card (one way to the card is picocli's check). */
    private static void checkApduTimeout(GlobalOptions options) throws CliException {
        if (options.apduTimeout().isPresent() && options.simulated()) {
            throw new CliException(ExitCode.USAGE, "error.apdu-timeout-with-sim");
        }
        if (options.apduTimeout().filter(Duration::isZero).isPresent()) {
            throw new CliException(ExitCode.USAGE, "error.apdu-timeout-zero");
        }
    }

    /** The version in the jar's manifest. */
    static String version() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    private record VersionReport(String version) implements Report {
        @Override
        public ObjectNode json() {
            return Json.object().put("version", version);
        }

        @Override
        public void text(TextOutput out) {
            out.verbatim("mynacard " + version);
        }
    }
}
