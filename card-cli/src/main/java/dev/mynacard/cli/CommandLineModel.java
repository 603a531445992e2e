/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.cli.command.HelpCommand;
import dev.mynacard.cli.command.MynacardCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * picocli's model of the mynacard command line, built for one run.
 *
 * <ul>
 * <li>Only the command the arguments name is added, with its own commands: building the model of
 *     all twenty costs about 35 ms at every start. The help, {@code mynacard help}, a line
 *     without a command and a line whose command is not found get them all, so that picocli's
 *     answer is the same.
 * <li>The global options are inherited (they go before or after the command), but shown once, in
 *     {@code mynacard --help}: each command's help hides its inherited copies and says where they are.
 * <li>The ways to the card are an exclusive group; picocli checks it on one level of the line,
 *     {@link #checkOneWayToTheCard} across levels (remkop/picocli#1182).
 * </ul>
 */
public final class CommandLineModel {
    private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

    static {
        for (Class<?> command : MynacardCommand.COMMANDS) {
            COMMANDS.put(command.getAnnotation(Command.class).name(), command);
        }
    }

    private CommandLineModel() {
    }

    /** The command line for {@code args}, with the messages of {@code messages}. */
    static CommandLine build(MynacardCommand root, String[] args, Messages messages) {
        CommandLine line = new CommandLine(root);
        Optional<Class<?>> named = commandNamed(line.getCommandSpec(), args).filter(command -> command != HelpCommand.class);
        for (Class<?> command : MynacardCommand.COMMANDS) {
            if (named.isEmpty() || named.get() == command) {
                line.addSubcommand(command);
            }
        }
        line.setResourceBundle(messages.bundle());
        String footer = messages.get("help.global-options");
        for (CommandLine command : line.getSubcommands().values()) {
            hideInheritedOptions(command, footer);
        }
        return line;
    }

    /** The help of {@code command}, without colours. */
    static String usage(CommandLine command) {
        return command.getUsageMessage(Help.Ansi.OFF);
    }

    /**
     * The top-level command the arguments run, found without parsing: the first argument that is
     * not an option or an option's value. Empty when there is none, or an unknown option comes
     * first (then all commands are needed).
     */
    private static Optional<Class<?>> commandNamed(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return Optional.ofNullable(COMMANDS.get(arg));
            }
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (arg.contains("=")) {
                continue;
            }
            OptionSpec option = root.findOption(arg);
            if (option == null) {
                return Optional.empty();
            }
            boolean takesValue = option.arity().min() > 0
                    || option.arity().max() > 0 && i + 1 < args.length && !args[i + 1].startsWith("-")
                    && !COMMANDS.containsKey(args[i + 1]);
            if (takesValue) {
                i++;
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the copies of the global options in {@code command} and its commands by hidden ones
     * (local: they are there already at every level), and adds a footer that points to them.
     */
    private static void hideInheritedOptions(CommandLine command, String footer) {
        CommandSpec spec = command.getCommandSpec();
        for (OptionSpec inherited : new ArrayList<>(spec.options())) {
            if (inherited.inherited() && !inherited.hidden()) {
                spec.remove(inherited);
                spec.addOption(OptionSpec.builder(inherited).hidden(true).scopeType(ScopeType.LOCAL).build());
            }
        }
        spec.usageMessage().footer(footer);
        for (CommandLine sub : command.getSubcommands().values()) {
            hideInheritedOptions(sub, footer);
        }
    }

    /**
     * Refuses two ways to the card given on different levels of the line ({@code --sim pin status
     * --reader 0}); picocli refuses them on one level.
     */
    static void checkOneWayToTheCard(ParseResult parsed) throws CliException {
        List<String> ways = waysToTheCard(parsed);
        if (ways.size() > 1) {
            throw conflict(ways);
        }
    }

    /** The failure for two ways to the card: the first two options given, each of another way. */
    static CliException conflict(List<String> ways) {
        boolean simAndReader = ways.get(0).startsWith("--sim") && ways.get(1).equals("--reader");
        return simAndReader ? new CliException(ExitCode.USAGE, "error.sim-and-reader")
                : new CliException(ExitCode.USAGE, "error.options-conflict", ways.get(0), ways.get(1));
    }

    /** Per way to the card that the line takes, the first of its options given (e.g. --sim-state). */
    static List<String> waysToTheCard(ParseResult parsed) {
        ArgGroupSpec route = parsed.commandSpec().root().argGroups().get(0);
        Map<Object, String> ways = new LinkedHashMap<>();
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            for (OptionSpec matched : level.matchedOptions()) {
                wayOf(route, matched).ifPresent(way -> ways.putIfAbsent(way, matched.longestName()));
            }
        }
        return List.copyOf(ways.values());
    }

    /** The alternative of the group (an option, or a group of options) that {@code option} belongs to. */
    private static Optional<Object> wayOf(ArgGroupSpec route, OptionSpec option) {
        String name = option.longestName();
        for (OptionSpec alternative : route.options()) {
            if (alternative.longestName().equals(name)) {
                return Optional.of(alternative.longestName());
            }
        }
        for (ArgGroupSpec alternative : route.subgroups()) {
            for (OptionSpec member : alternative.options()) {
                if (member.longestName().equals(name)) {
                    return Optional.of(alternative);
                }
            }
        }
        return Optional.empty();
    }
}
