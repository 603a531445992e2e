/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.cli.command.CertExpiryCommand;
import dev.mynacard.cli.command.PinStatusCommand;
import dev.mynacard.cli.command.ReadersCommand;
import dev.mynacard.cli.command.SimResetPinsCommand;
import dev.mynacard.cli.command.SimShowCommand;
import dev.mynacard.cli.command.StatusCommand;
import dev.mynacard.cli.command.TrustListCommand;
import dev.mynacard.cli.option.PcscBackendConverter;
import dev.mynacard.cli.option.SecondsConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * A command line read without picocli: global options, before, between or after the words of a
 * command that takes nothing of its own ({@code mynacard --reader 0 pin status}). Building
 * picocli's model and parsing with it costs about 60 ms at every start, a third of such a command
 * on a real reader (docs/benchmarks.md). Anything else is left to picocli ({@link #read} is empty),
 * so that every other line, and every message about a line, stays picocli's: help and version, an
 * unknown or repeated option, a flag given a value, a value that does not convert or could be taken
 * for a command's name, {@code --bridge} (its value is optional), two ways to the card.
 * {@code SimpleLineTest} checks that picocli reads each line read here the same way.
 *
 * @param options the global options, as {@link dev.mynacard.cli.command.MynacardCommand#options} gives them
 * @param command the command to run
 */
record SimpleLine(GlobalOptions options, CliCommand command) {
    /** The commands without options or parameters of their own, by their words. */
    private static final Map<String, Supplier<CliCommand>> COMMANDS = Map.of(
            "readers", ReadersCommand::new,
            "status", StatusCommand::new,
            "pin status", PinStatusCommand::new,
            "cert expiry", CertExpiryCommand::new,
            "trust list", TrustListCommand::new,
            "sim show", SimShowCommand::new,
            "sim reset-pins", SimResetPinsCommand::new);

    private static final SecondsConverter SECONDS = new SecondsConverter();

    /** How an option is written and what it sets. */
    private enum Kind {
        /** No value. */
        FLAG,
        /** A value its converter checks (none is a command's name). */
        VALUE,
        /** Any text: a lower-case word, which could be a command's name, is left to picocli. */
        TEXT
    }

    @FunctionalInterface
    private interface Setter {
        void set(Values values, String value);
    }

    private record Option(Kind kind, Setter setter) {
    }

    private static final Map<String, Option> OPTIONS = Map.ofEntries(
            Map.entry("--sim", new Option(Kind.FLAG, (values, value) -> values.sim = true)),
            Map.entry("--sim-state", new Option(Kind.TEXT, (values, value) -> values.simState = Path.of(value))),
            Map.entry("--reader", new Option(Kind.TEXT, (values, value) -> values.reader = value)),
            Map.entry("--pcsc", new Option(Kind.VALUE,
                    (values, value) -> values.pcsc = new PcscBackendConverter().convert(value))),
            Map.entry("--wait", new Option(Kind.VALUE, (values, value) -> values.wait = SECONDS.convert(value))),
            Map.entry("--apdu-timeout", new Option(Kind.VALUE,
                    (values, value) -> values.apduTimeout = SECONDS.convert(value))),
            Map.entry("--json", new Option(Kind.FLAG, (values, value) -> values.json = true)),
            Map.entry("--trace", new Option(Kind.FLAG, (values, value) -> values.trace = true)),
            Map.entry("--lang", new Option(Kind.VALUE,
                    (values, value) -> values.language = Language.parse(value).orElseThrow(IllegalArgumentException::new))),
            Map.entry("--pin-stdin", new Option(Kind.FLAG, (values, value) -> values.pinStdin = true)),
            Map.entry("--allow-last-try", new Option(Kind.FLAG, (values, value) -> values.allowLastTry = true)));

    /** The line, when it is one of those read here; {@code defaultLanguage} when --lang is not given. */
    static Optional<SimpleLine> read(String[] args, Language defaultLanguage) {
        Values values = new Values();
        Set<String> given = new HashSet<>();
        StringJoiner words = new StringJoiner(" ");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                words.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            Option option = OPTIONS.get(name);
            if (option == null || !given.add(name) || option.kind() == Kind.FLAG && equals >= 0) {
                return Optional.empty();
            }
            String value = null;
            if (option.kind() != Kind.FLAG) {
                value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null || value.startsWith("-") || option.kind() == Kind.TEXT && isWord(value)) {
                    return Optional.empty();
                }
            }
            try {
                option.setter().set(values, value);
            } catch (RuntimeException invalid) {
                return Optional.empty();
            }
        }
        Supplier<CliCommand> command = COMMANDS.get(words.toString());
        if (command == null || values.waysToTheCard() > 1) {
            return Optional.empty();
        }
        return Optional.of(new SimpleLine(values.options(defaultLanguage), command.get()));
    }

    /** The commands read here, by their words (for the test that compares them with picocli's model). */
    static Set<String> commands() {
        return COMMANDS.keySet();
    }

    /** The options read here (ditto). */
    static Set<String> optionNames() {
        return OPTIONS.keySet();
    }

    private static boolean isWord(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-');
    }

    /** The options as they are given. */
    private static final class Values {
        boolean sim;
        Path simState;
        String reader;
        String pcsc;
        Duration wait;
        Duration apduTimeout;
        boolean json;
        boolean trace;
        Language language;
        boolean pinStdin;
        boolean allowLastTry;

        int waysToTheCard() {
            return (sim || simState != null ? 1 : 0) + (reader != null || pcsc != null ? 1 : 0);
        }

        GlobalOptions options(Language defaultLanguage) {
            return new GlobalOptions(sim, Optional.ofNullable(simState), Optional.ofNullable(reader), json, trace,
                    language == null ? defaultLanguage : language, pinStdin, allowLastTry,
                    Optional.ofNullable(pcsc).filter(name -> !name.equals("auto")), Optional.empty(), Optional.empty(),
                    Optional.ofNullable(wait), Optional.ofNullable(apduTimeout));
        }
    }
}
