/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13's command-line polish: help, unknown options, global options once, errors in Japanese, one way to the card. */
class CommandLinePolishTest {
    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(home);
    }

    @Test
    void helpCommandShowsTheSameHelpAsTheOption() {
        assertEquals(cli.run("--help").out(), cli.run("help").out());
        assertEquals(cli.run("pin", "status", "--help").out(), cli.run("help", "pin", "status").out());
        assertEquals(cli.run("--lang", "ja", "cert", "--help").out(), cli.run("--lang", "ja", "help", "cert").out());
        assertTrue(cli.run("--help").out().matches("(?s).*\\n  help +Show the help of mynacard.*"), "listed among the commands");

        CliRunner.Result unknown = cli.run("help", "pin", "X9Z8");
        assertEquals(2, unknown.status(), unknown::toString);
        assertEquals("mynacard: There is no such command (see: mynacard --help).", unknown.err().strip());
    }

    @Test
    void anUnknownOptionIsNamedWithTheClosestOne() {
        CliRunner.Result root = cli.run("--jsno", "pin", "status");
        assertEquals(2, root.status());
        assertEquals("mynacard: Unknown option --jsno; did you mean --json? (see: mynacard --help)", root.err().strip());

        CliRunner.Result inCommand = cli.run("pin", "status", "--raeder", "0");
        assertEquals(2, inCommand.status());
        assertTrue(inCommand.err().contains("Unknown option --raeder; did you mean --reader?"), inCommand::toString);

        CliRunner.Result far = cli.run("--sim", "pin", "status", "--completely-different");
        assertEquals("mynacard: Unknown option --completely-different (see: mynacard pin status --help).", far.err().strip());
    }

    @Test
    void valuesThatCouldBePinsAreNeverRepeated() {
        for (String[] args : new String[][] {{"--sim", "pin", "status", "--pin=4321"}, {"--sim", "pin", "verify", "4321"},
                {"--sim", "pin", "verify", "auth", "4321"}, {"--sim", "pin", "verify", "-4321"},
                {"--sim", "cert", "show", "4321"}, {"4321"}, {"help", "4321"}}) {
            CliRunner.Result result = cli.run(args);
            assertEquals(2, result.status(), result::toString);
            assertFalse(result.err().contains("4321") || result.out().contains("4321"), result::toString);
        }
    }

    @Test
    void globalOptionsAreShownOnceInTheMainHelp() {
        String main = cli.run("--help").out();
        String command = cli.run("pin", "status", "--help").out();

        for (String option : new String[] {"--sim", "--reader", "--json", "--lang", "--trace", "--pin-stdin"}) {
            assertTrue(main.contains(option), option);
            assertFalse(command.contains(option + " ") || command.contains(option + "="), option + " in " + command);
        }
        assertTrue(command.contains("Global options (the way to the card, --json, --lang, --trace, --pin-stdin,"), command);
        assertTrue(cli.run("--lang", "ja", "pin", "verify", "--help").out().contains("全体のオプション"));
        assertEquals(0, cli.run("pin", "status", "--sim", "--json").status(), "still accepted after the command");
    }

    @Test
    void picocliSentencesInJapanese() {
        assertEquals("mynacard: --reader には値が必要です（参照: mynacard pin status --help）。",
                cli.run("--lang", "ja", "pin", "status", "--reader").err().strip());
        assertEquals("mynacard: 不明なオプション --jsno です。--json のことですか？（参照: mynacard --help）",
                cli.run("--lang", "ja", "--jsno", "pin", "status").err().strip());
        assertEquals("mynacard: オプション '--wait' の値が正しくありません: 'soon' は 0 から 86400 までの秒数ではありません"
                + "（例: 120、2.5）（参照: mynacard --help）", cli.run("--lang", "ja", "--wait", "soon", "pin", "status").err().strip());
        assertEquals("mynacard: auth|sign|text|juki の指定が正しくありません: 暗証番号の種類は auth、sign、text、juki のいずれかです"
                + "（参照: mynacard pin verify --help）", cli.run("--lang", "ja", "--sim", "pin", "verify", "4321").err().strip());
        assertEquals("mynacard: --wait が2回指定されています。1回だけ指定してください（参照: mynacard --help）。",
                cli.run("--lang", "ja", "--wait", "1", "--wait", "2", "pin", "status").err().strip());
        assertEquals("mynacard: auth|sign|text|juki が指定されていません（参照: mynacard pin verify --help）。",
                cli.run("--lang", "ja", "--sim", "pin", "verify").err().strip());
        assertEquals("mynacard: --wait is given twice; give it once (see: mynacard --help).",
                cli.run("--wait", "1", "--wait", "2", "pin", "status").err().strip());
    }

    @Test
    void oneWayToTheCardAlsoAcrossTheCommand() {
        CliRunner.Result after = cli.run("--sim", "pin", "status", "--reader", "0");
        assertEquals(2, after.status());
        assertEquals("mynacard: --sim and --reader cannot be used together: choose the simulated card or a reader.",
                after.err().strip());

        CliRunner.Result both = cli.run("pin", "status", "--bridge", "45963", "--sim-state", cli.stateFile().toString());
        assertEquals(2, both.status());
        assertTrue(both.err().startsWith("mynacard: --bridge and --sim-state cannot be used together"), both::toString);

        assertEquals(0, cli.run("--sim-state", cli.stateFile().toString(), "pin", "status", "--sim").status(),
                "--sim and --sim-state are one way");
    }

    @Test
    void editDistance() {
        assertEquals(2, UsageErrors.editDistance("--jsno", "--json"));
        assertEquals(1, UsageErrors.editDistance("--sim", "--sims"));
        assertEquals(0, UsageErrors.editDistance("", ""));
        assertEquals(5, UsageErrors.editDistance("", "--sim"));
    }
}
