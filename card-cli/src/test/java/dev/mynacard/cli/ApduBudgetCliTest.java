/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The APDU budgets of issue 10 as a user sees them in {@code --trace}: the card detection (SELECT
 * of the JPKI AP) serves the command's first operation, and the token label is read only by the
 * commands that show it.
 */
class ApduBudgetCliTest {
    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void freshCard() {
        cli = new CliRunner(home);
    }

    @Test
    void pinStatusSendsAtMostSevenCommands() {
        List<String> commands = commands(cli.run("--sim", "--trace", "pin", "status"));
        assertTrue(commands.size() <= 7, commands::toString);
        assertEquals(List.of("00 A4 04 0C", "00 20 00 98", "00 20 00 9B", "00 A4 04 0C", "00 20 00 91",
                "00 A4 04 0C", "00 20 00 9C"), commands);
    }

    @Test
    void signCertificateWithItsPasswordSendsAtMostFourCommands() {
        List<String> commands = commands(cli.runWithStdin("ABC123\n", "--sim", "--pin-stdin", "--trace", "cert", "show", "sign"));
        assertTrue(commands.size() <= 4, commands::toString);
        assertEquals(List.of("00 A4 04 0C", "00 20 00 9B", "00 20 00 9B", "00 B0 81 00"), commands,
                "SELECT, retry query, VERIFY, READ");
    }

    @Test
    void authCertificateSendsAtMostThreeCommands() {
        List<String> commands = commands(cli.run("--sim", "--trace", "cert", "show", "auth"));
        assertTrue(commands.size() <= 3, commands::toString);
        assertEquals("00 A4 04 0C", commands.get(0));
    }

    @Test
    void statusStillReadsAndNamesTheToken() {
        CliRunner.Result result = cli.run("--sim", "--trace", "status");
        assertTrue(commands(result).contains("00 B0 86 00"), result::toString);
        assertTrue(result.out().contains("JPKIAPICCTOKEN2"), result::toString);
    }

    /** The headers (CLA INS P1 P2) of the command APDUs in the trace on stderr. */
    private static List<String> commands(CliRunner.Result result) {
        assertEquals(0, result.status(), result::toString);
        return result.err().lines().filter(line -> line.startsWith("> ")).map(line -> line.substring(2, 13)).toList();
    }
}
