/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mynacard.cli.command.MynacardCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@link SimpleLine} against picocli, which stays the reference: every line it reads, picocli reads
 * to the same global options and the same command; it reads the lines of every command without
 * arguments of its own, with each global option in each place; and it leaves the rest to picocli.
 */
class SimpleLineTest {
    private static final Messages MESSAGES = Messages.of(Language.EN);

    /** Values for the options that take one: good ones first, then some that picocli refuses or may take for a command. */
    private static final Map<String, List<String>> VALUES = Map.of(
            "--sim-state", List.of("card.json", "/tmp/a card.json", "", "state", "pin"),
            "--reader", List.of("0", " 1", "Virtual PCD 00 00", "", "pasori", "status", "pin", "-1"),
            "--pcsc", List.of("jdk", "JNA", "auto", "pcsc", ""),
            "--wait", List.of("5", "0.5", "-1", "x", "100000000", ""),
            "--apdu-timeout", List.of("30", "0", "1.2345"),
            "--lang", List.of("ja", "EN", "fr", ""));

    @Test
    void readsTheCommandsWithoutArgumentsOfTheirOwnAndNoOthers() {
        assertEquals(new TreeSet<>(leavesWithoutArguments()), new TreeSet<>(SimpleLine.commands()));
    }

    @Test
    void readsOnlyGlobalOptionsAndAllButThoseWithOptionalValuesHelpAndVersion() {
        Set<String> global = new HashSet<>();
        for (OptionSpec option : fullModel().getCommandSpec().options()) {
            global.add(option.longestName());
        }
        assertTrue(global.containsAll(SimpleLine.optionNames()), global::toString);
        global.removeAll(SimpleLine.optionNames());
        assertEquals(Set.of("--bridge", "--bridge-connect", "--help", "--version"), global);
    }

    @Test
    void picocliReadsEveryLineItReadsTheSameWay() {
        int read = 0;
        List<String[]> lines = corpus();
        for (String[] line : lines) {
            Optional<SimpleLine> simple = SimpleLine.read(line, Language.EN);
            if (simple.isPresent()) {
                assertSameAsPicocli(line, simple.get());
                read++;
            }
        }
        // Not vacuous: most lines of the corpus are good ones.
        assertTrue(read > lines.size() / 3, read + " of " + lines.size());
    }

    @Test
    void readsEachGlobalOptionInEachPlace() {
        for (String command : SimpleLine.commands()) {
            List<String> words = List.of(command.split(" "));
            for (String option : SimpleLine.optionNames()) {
                List<String> given = VALUES.containsKey(option) ? List.of(option, VALUES.get(option).get(0)) : List.of(option);
                for (int place = 0; place <= words.size(); place++) {
                    String[] line = insert(words, place, given);
                    assertTrue(SimpleLine.read(line, Language.EN).isPresent(), () -> String.join(" ", line));
                }
            }
        }
    }

    @Test
    void leavesTheRestToPicocli() {
        for (String line : List.of("", "--help", "pin status --help", "-h status", "--version --sim", "pin",
                "pin status auth", "cert show auth", "cert expiry --at 2030-01-01", "pin verify auth", "info",
                "--bridge status", "--bridge-connect 127.0.0.1:1 status", "--json --json status", "--sim --reader 0 status",
                "--sim-state f --pcsc jdk status", "--reader status status", "--json=true status", "--wait status",
                "--unknown status", "-- status", "status --", "--lang=fr status", "readers extra", "help pin")) {
            String[] args = line.isEmpty() ? new String[0] : line.split(" ");
            assertFalse(SimpleLine.read(args, Language.EN).isPresent(), line);
        }
    }

    @Test
    void theLanguageDefaultsToTheOneGiven() {
        assertEquals(Language.JA, SimpleLine.read(new String[] {"status"}, Language.JA).orElseThrow().options().language());
        assertEquals(Language.EN, SimpleLine.read(new String[] {"status", "--lang", "en"}, Language.JA).orElseThrow()
                .options().language());
    }

    private static void assertSameAsPicocli(String[] line, SimpleLine simple) {
        String shown = String.join(" ", line);
        MynacardCommand root = new MynacardCommand();
        ParseResult parsed;
        try {
            parsed = CommandLineModel.build(root, line, MESSAGES).parseArgs(line);
            CommandLineModel.checkOneWayToTheCard(parsed);
        } catch (ParameterException | CliException e) {
            fail("picocli refuses '" + shown + "', SimpleLine read it: " + e.getMessage());
            return;
        }
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            assertFalse(last.isUsageHelpRequested(), shown);
            last = last.subcommand();
        }
        assertFalse(parsed.isVersionHelpRequested(), shown);
        assertEquals(last.commandSpec().userObject().getClass(), simple.command().getClass(), shown);
        assertEquals(root.options(Language.EN), simple.options(), shown);
    }

    /**
     * Each command alone; with each option (each value, apart and after '=') in each place; with
     * each pair of options (the first value), one before and one after the command.
     */
    private static List<String[]> corpus() {
        List<List<String>> options = new ArrayList<>();
        for (String option : SimpleLine.optionNames()) {
            if (VALUES.containsKey(option)) {
                for (String value : VALUES.get(option)) {
                    options.add(List.of(option, value));
                    options.add(List.of(option + "=" + value));
                }
            } else {
                options.add(List.of(option));
            }
        }
        List<String[]> lines = new ArrayList<>();
        for (String command : SimpleLine.commands()) {
            List<String> words = List.of(command.split(" "));
            lines.add(words.toArray(String[]::new));
            for (List<String> option : options) {
                for (int place = 0; place <= words.size(); place++) {
                    lines.add(insert(words, place, option));
                }
            }
            for (String first : SimpleLine.optionNames()) {
                for (String second : SimpleLine.optionNames()) {
                    List<String> line = new ArrayList<>(given(first));
                    line.addAll(words);
                    line.addAll(given(second));
                    lines.add(line.toArray(String[]::new));
                }
            }
        }
        return lines;
    }

    private static List<String> given(String option) {
        return VALUES.containsKey(option) ? List.of(option, VALUES.get(option).get(0)) : List.of(option);
    }

    private static String[] insert(List<String> words, int place, List<String> option) {
        List<String> line = new ArrayList<>(words.subList(0, place));
        line.addAll(option);
        line.addAll(words.subList(place, words.size()));
        return line.toArray(String[]::new);
    }

    /** picocli's model with every command, as for the help. */
    private static CommandLine fullModel() {
        return CommandLineModel.build(new MynacardCommand(), new String[0], MESSAGES);
    }

    /** The words of each command that has no commands, parameters or options besides the global ones. */
    private static List<String> leavesWithoutArguments() {
        CommandLine full = fullModel();
        Set<String> global = new HashSet<>();
        for (OptionSpec option : full.getCommandSpec().options()) {
            global.addAll(Arrays.asList(option.names()));
        }
        Map<String, CommandSpec> leaves = new LinkedHashMap<>();
        collectLeaves(full, "", leaves);
        List<String> without = new ArrayList<>();
        leaves.forEach((words, spec) -> {
            boolean ownOption = spec.options().stream().anyMatch(option -> !global.containsAll(Arrays.asList(option.names())));
            if (!ownOption && spec.positionalParameters().isEmpty() && spec.userObject() instanceof CliCommand) {
                without.add(words);
            }
        });
        return without;
    }

    private static void collectLeaves(CommandLine command, String words, Map<String, CommandSpec> leaves) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            String path = words.isEmpty() ? sub.getKey() : words + " " + sub.getKey();
            if (sub.getValue().getSubcommands().isEmpty()) {
                leaves.put(path, sub.getValue().getCommandSpec());
            } else {
                collectLeaves(sub.getValue(), path, leaves);
            }
        }
    }
}
