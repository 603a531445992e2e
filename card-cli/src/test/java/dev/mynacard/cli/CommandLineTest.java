/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself: version, help, usage errors and their JSON form. */
class CommandLineTest {
    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(home);
    }

    @Test
    void version() {
        CliRunner.Result text = cli.run("--version");
        assertEquals(0, text.status());
        assertTrue(text.out().startsWith("mynacard "), text::toString);

        JsonNode json = cli.run("--version", "--json").json();
        assertTrue(json.has("version"), json::toString);

        assertEquals(text.out(), cli.run("--lang", "ja", "-V").out());
        assertEquals(text.out(), cli.run("--sim", "--version").out(), "with other options it is parsed in full");
    }

    @Test
    void helpInBothLanguages() {
        CliRunner.Result english = cli.run("--help");
        assertEquals(0, english.status());
        assertTrue(english.out().startsWith("Usage: mynacard [-hV]"), english::toString);
        // The description column is as wide as the longest command name needs (native-host).
        assertTrue(Pattern.compile("(?m)^  pin +PIN tries left, check a PIN, change a PIN\\.$").matcher(english.out())
                .find(), english::toString);
        assertTrue(english.out().contains("--allow-last-try"), english::toString);
        assertTrue(english.out().contains("--bridge[=[HOST:]PORT]"), english::toString);

        CliRunner.Result japanese = cli.locale(Locale.JAPAN).run("pin", "verify", "--help");
        assertEquals(0, japanese.status());
        assertTrue(japanese.out().startsWith("使い方: mynacard pin verify"), japanese::toString);
        assertTrue(japanese.out().contains("暗証番号の種類: auth、sign、text、juki。"), japanese::toString);
    }

    @Test
    void usageErrorsAreExitTwoWithAHint() {
        CliRunner.Result unknown = cli.run("frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("mynacard: Unknown option, command or argument (see: mynacard --help)."),
                unknown::toString);

        CliRunner.Result badKind = cli.run("--sim", "pin", "verify", "bank");
        assertEquals(2, badKind.status());
        assertTrue(badKind.err().contains("the PIN is named auth, sign, text or juki"), badKind::toString);
        assertFalse(cli.run("--sim", "pin", "verify", "1234").err().contains("1234"), "a PIN typed there is not echoed");
        assertTrue(badKind.err().contains("(see: mynacard pin verify --help)"), badKind::toString);

        CliRunner.Result group = cli.run("cert");
        assertEquals(2, group.status());
        assertEquals("mynacard: mynacard cert needs a command: show, verify, expiry (see: mynacard cert --help)",
                group.err().strip());

        assertEquals(2, cli.run().status());
        assertEquals(2, cli.run("--lang", "fr", "readers").status());
    }

    @Test
    void usageErrorsInJson() {
        CliRunner.Result result = cli.run("--json", "cert", "show", "passport");

        assertEquals(2, result.status());
        assertEquals("usage", result.json().at("/error/code").asText());
        assertTrue(result.json().at("/error/message").isTextual());
        assertEquals(2, result.json().get("error").size(), "code and message, nothing else");
        assertEquals("", result.err());
    }

    @Test
    void simAndReaderExcludeEachOther() {
        CliRunner.Result result = cli.locale(Locale.JAPANESE).run("--sim", "--reader", "0", "pin", "status");

        assertEquals(2, result.status());
        assertEquals("mynacard: --sim と --reader は同時に使えません。模擬カードかリーダーのどちらかを選んでください。",
                result.err().strip());
    }

    @Test
    void oneWayToTheCardAtATime() {
        List<List<String>> conflicts = List.of(
                List.of("--sim", "--bridge", "45963"),
                List.of("--bridge", "45963", "--bridge-connect", "192.0.2.1:35963"),
                List.of("--reader", "0", "--bridge-connect", "192.0.2.1:35963"),
                List.of("--sim-state", cli.stateFile().toString(), "--pcsc", "jna"));
        for (List<String> options : conflicts) {
            List<String> args = new ArrayList<>(options);
            args.addAll(List.of("pin", "status"));
            CliRunner.Result result = cli.run(args.toArray(String[]::new));

            assertEquals(2, result.status(), result::toString);
            assertTrue(result.err().startsWith("mynacard: " + options.get(0) + " and "), result::toString);
            assertTrue(result.err().contains(" cannot be used together: choose one way to the card"), result::toString);
        }
    }

    @Test
    void thePhonesOptionsAndValues() {
        CliRunner.Result simulated = cli.run("--sim", "--apdu-timeout", "5", "pin", "status");
        assertEquals(2, simulated.status());
        assertEquals("mynacard: --apdu-timeout applies to a card in a reader or held to a phone, not to the simulated card.",
                simulated.err().strip());
        assertEquals(2, cli.run("--bridge", "45963", "--apdu-timeout", "0", "pin", "status").status());

        for (String[] bad : new String[][] {{"--wait", "-1"}, {"--wait", "soon"}, {"--wait", "0.0001"},
                {"--wait", "86401"}, {"--pcsc", "winscard"}, {"--bridge", "70000"}, {"--bridge", "::1:35963"},
                {"--bridge-connect", "phone:"}}) {
            CliRunner.Result result = cli.run(bad[0], bad[1], "pin", "status");
            assertEquals(2, result.status(), result::toString);
            assertTrue(result.err().startsWith("mynacard: Invalid value for option '" + bad[0] + "'"), result::toString);
        }

        CliRunner.Result readers = cli.run("readers", "--bridge", "45963");
        assertEquals(2, readers.status());
        assertTrue(readers.err().contains("with --bridge the phone is the reader"), readers::toString);
    }

    @Test
    void bridgeWithoutAValueListensOnThisMachineOnThePhoneAppsPort() {
        for (String[] args : new String[][] {{"--bridge", "--wait", "0", "--json", "pin", "status"},
                {"pin", "status", "--json", "--wait", "0", "--bridge"}}) {
            CliRunner.Result result = cli.run(args);

            // Where pcscd's vpcd holds the port, the bridge says so; elsewhere no phone came within 0 s.
            assertTrue(result.status() == 19 || result.status() == 13, result::toString);
            assertTrue(result.json().at("/error/message").asText().contains("127.0.0.1:35963"), result::toString);
        }
    }

    @Test
    void globalOptionsGoAnywhere() {
        CliRunner.Result before = cli.run("--json", "--sim", "pin", "status");
        CliRunner.Result after = cli.run("pin", "status", "--sim", "--json");

        assertEquals(0, after.status(), after::toString);
        assertEquals(before.out(), after.out());
    }

    @Test
    void simStateImpliesSim() {
        CliRunner.Result result = cli.run("--sim-state", cli.stateFile().toString(), "--json", "readers");

        assertTrue(result.json().at("/readers/0/name").asText().contains(cli.stateFile().toString()), result::toString);
    }

    @Test
    void aFileProblemIsOneLineWithoutStackTrace() {
        // A state file path below a regular file cannot be created: a file problem, reported in one line.
        CliRunner.Result result = cli.run("--sim-state", cli.stateFile().resolve("x.json").toString(), "pin", "status");

        assertEquals(20, result.status(), result::toString);
        assertEquals(1, result.err().lines().count(), result::toString);
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRunner.Result result = cli.env(Cli.DEBUG_VARIABLE, "1")
                .run("--sim-state", cli.stateFile().resolve("x.json").toString(), "pin", "status");

        assertEquals(20, result.status());
        assertTrue(result.err().contains("\tat "), result::toString);
    }
}
