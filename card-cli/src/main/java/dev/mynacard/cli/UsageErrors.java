/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.cli.option.InvalidValueException;
import dev.mynacard.cli.output.Output;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors in mynacard's words and language (exit code 2, usage): an unknown option
 * is named, with the closest option there is; a missing value, an invalid value, an option given
 * twice and two ways to the card each have their sentence in both message bundles. An argument
 * that is not an option is never repeated, nor a positional parameter's value: it could be a PIN
 * typed in the wrong place.
 */
final class UsageErrors implements IParameterExceptionHandler {
    /** What an option's name looks like; anything else that starts with '-' is not repeated (-1234). */
    private static final Pattern OPTION_NAME = Pattern.compile("--?[A-Za-z][A-Za-z0-9-]*");
    /** Farther than this many edits, no option is suggested. */
    private static final int MAX_SUGGESTION_DISTANCE = 3;

    private final Output output;

    UsageErrors(Output output) {
        this.output = output;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return output.fail(describe(e));
    }

    /** The failure to show for a parse error. */
    static CliException describe(ParameterException e) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        // picocli says "mutually exclusive" or "expected only one match" for the exclusive group.
        ParseResult partial = command.getParseResult();
        List<String> ways = partial == null ? List.of() : CommandLineModel.waysToTheCard(partial);
        if (ways.size() > 1) {
            return CommandLineModel.conflict(ways);
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unknownOption(unmatched, name).orElseGet(() ->
                    new CliException(ExitCode.USAGE, e, "error.unexpected-argument", name));
        }
        if (e instanceof MissingParameterException missing) {
            ArgSpec arg = missing.getMissing().get(0);
            return arg instanceof OptionSpec option
                    ? new CliException(ExitCode.USAGE, e, "error.missing-option-value", option.longestName(), name)
                    : new CliException(ExitCode.USAGE, e, "error.missing-parameter", arg.paramLabel(), name);
        }
        if (e instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return new CliException(ExitCode.USAGE, e, "error.option-twice", option.longestName(), name);
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            return invalidValue(e, e.getArgSpec(), name);
        }
        return new CliException(ExitCode.USAGE, e, "error.usage", e.getMessage(), name);
    }

    /**
     * A value the option or parameter does not take, and why: in the user's language when the
     * converter is mynacard's; a positional parameter's value is never repeated.
     */
    private static CliException invalidValue(ParameterException e, ArgSpec arg, String command) {
        Object why = e.getCause() instanceof InvalidValueException invalid ? invalid.why()
                : e.getCause().getMessage() == null ? "" : e.getCause().getMessage();
        if (arg instanceof OptionSpec option) {
            return new CliException(ExitCode.USAGE, e, "error.invalid-option-value", option.longestName(), why, command);
        }
        boolean repeatsTheValue = why instanceof String text && (text.isEmpty() || text.contains(e.getValue()));
        return repeatsTheValue
                ? new CliException(ExitCode.USAGE, e, "error.invalid-parameter", arg.paramLabel(), command)
                : new CliException(ExitCode.USAGE, e, "error.invalid-parameter-why", arg.paramLabel(), why, command);
    }

    /** An unknown option, named (without any {@code =value}), with the closest option the command has. */
    private static Optional<CliException> unknownOption(UnmatchedArgumentException e, String command) {
        List<String> unmatched = e.getUnmatched();
        if (unmatched.isEmpty()) {
            return Optional.empty();
        }
        String typed = unmatched.get(0).split("=", 2)[0];
        if (!OPTION_NAME.matcher(typed).matches()) {
            return Optional.empty();
        }
        Optional<String> closest = closest(typed, optionNames(e.getCommandLine()));
        return Optional.of(closest.isPresent()
                ? new CliException(ExitCode.USAGE, e, "error.unknown-option-suggestion", typed, closest.get(), command)
                : new CliException(ExitCode.USAGE, e, "error.unknown-option", typed, command));
    }

    /** The names of the options the command takes, its inherited (hidden) global options included. */
    private static List<String> optionNames(CommandLine command) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            names.addAll(List.of(option.names()));
        }
        return names;
    }

    private static Optional<String> closest(String typed, List<String> names) {
        return names.stream()
                .filter(name -> name.startsWith("--") == typed.startsWith("--"))
                .map(name -> new Candidate(name, editDistance(typed, name)))
                .filter(candidate -> candidate.distance() <= MAX_SUGGESTION_DISTANCE)
                .min(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::name);
    }

    private record Candidate(String name, int distance) {
    }

    /** Levenshtein distance: insertions, deletions and substitutions to turn a into b. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
