/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimCommandsTest {
    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void runner() {
        cli = new CliRunner(home);
    }

    @Test
    void theFirstSimCommandCreatesTheDefaultCard() throws Exception {
        Files.delete(cli.stateFile());

        CliRunner.Result result = cli.run("--sim", "--json", "pin", "status");

        assertEquals(0, result.status(), result::toString);
        assertTrue(Files.isRegularFile(cli.stateFile()));
        assertEquals("mynacard: created the simulated card with the default PINs in " + cli.stateFile()
                + " (auth, text, juki 1234; sign ABC123)", result.err().strip());
        assertEquals(3, result.json().at("/pins/0/remaining").asInt());
        assertEquals("", cli.run("--sim", "--json", "pin", "status").err(), "only the first time");
    }

    @Test
    void initReplacesTheCardWithTheDefaultOne() {
        cli.runWithStdin("1234\n2468\n", "--sim", "--pin-stdin", "pin", "change", "auth");
        cli.runWithStdin("9999\n", "--sim", "--pin-stdin", "pin", "verify", "text");

        CliRunner.Result result = cli.run("sim", "init");

        assertEquals(0, result.status(), result::toString);
        assertEquals("Replaced the simulated card in " + cli.stateFile() + " with the default card.\n"
                + "The default card belongs to the fictional 山田　太郎. PINs: auth, text and juki 1234;"
                + " sign password ABC123.\n", result.out());
        assertEquals(0, cli.runWithStdin("1234\n", "--sim", "--pin-stdin", "pin", "verify", "auth").status());
        assertEquals(3, cli.run("--sim", "--json", "pin", "status").json().at("/pins/2/remaining").asInt());
    }

    @Test
    void initJsonSaysWhetherItReplaced() throws Exception {
        Files.delete(cli.stateFile());

        JsonNode created = cli.run("sim", "init", "--json").json();
        JsonNode replaced = cli.run("sim", "init", "--json").json();

        assertFalse(created.at("/sim/replaced").asBoolean());
        assertTrue(replaced.at("/sim/replaced").asBoolean());
        assertEquals(cli.stateFile().toString(), replaced.at("/sim/stateFile").asText());
    }

    @Test
    void showTellsWhereTheCardIsAndWhichPinsAreDefault() {
        cli.runWithStdin("ABC123\nNEWPASS1\n", "--sim", "--pin-stdin", "pin", "change", "sign");

        CliRunner.Result text = cli.run("sim", "show");
        assertEquals(0, text.status(), text::toString);
        assertTrue(text.out().startsWith("State file          " + cli.stateFile() + "\n"
                + "Card serial number  000000000000001\n"
                + "Municipality code   08220\n"
                + "Card valid until    2035-05-05\n"
                + "PIN values          auth default, sign changed, text default, juki default\n"), text::toString);
        assertFalse(text.out().contains("NEWPASS1"), "values are never shown");

        JsonNode json = cli.run("sim", "show", "--json").json().get("sim");
        assertFalse(json.at("/defaultPins/sign").asBoolean());
        assertTrue(json.at("/defaultPins/auth").asBoolean());
        assertEquals(5, json.at("/pins/1/remaining").asInt());
    }

    @Test
    void aDamagedStateFileHasItsOwnExitCodeAndIsLeftAlone() throws Exception {
        Files.writeString(cli.stateFile(), "{\"format\": \"something else\"");

        CliRunner.Result result = cli.run("--sim", "--json", "pin", "status");

        assertEquals(21, result.status(), result::toString);
        assertEquals("sim-state-corrupt", result.json().at("/error/code").asText());
        assertTrue(result.json().at("/error/message").asText().contains("mynacard sim init"), result::toString);
        assertEquals("{\"format\": \"something else\"", Files.readString(cli.stateFile()));

        CliRunner.Result japanese = cli.run("--sim", "--lang", "ja", "status");
        assertEquals(21, japanese.status());
        assertTrue(japanese.err().startsWith("mynacard: 模擬カードの状態ファイルが壊れています"), japanese::toString);

        assertEquals(0, cli.run("sim", "init").status());
        assertEquals(0, cli.run("--sim", "pin", "status").status());
    }

    @Test
    void serveNeedsAValidAddress() {
        CliRunner.Result result = cli.run("sim", "serve", "--vpcd", "localhost");

        assertEquals(2, result.status());
        assertTrue(result.err().contains("HOST:PORT"), result::toString);
    }
}
