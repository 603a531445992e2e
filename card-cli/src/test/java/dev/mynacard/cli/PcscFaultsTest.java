/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.EMPTY_READER;
import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.READER;
import static dev.mynacard.cli.SimulatedPhone.ins;
import static dev.mynacard.cli.SimulatedPhone.nth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.pcsc.OtherPcscProgram;
import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults of a card in a PC/SC reader (pcscd + vpcd, the simulated card in the virtual reader),
 * through both backends: a reader another program holds exclusively, a card pulled in the middle
 * of a read; and waiting for a card with the JNA backend. Each within a bounded time, in one line,
 * without a half-written file.
 */
class PcscFaultsTest {
    private static final Duration BOUND = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private static PcscReaders readers;
    private CliRunner cli;

    @BeforeAll
    static void requireVirtualReaders() {
        readers = PcscTestEnvironment.requireVirtualReaders();
    }

    @BeforeEach
    void emptyReaders() throws Exception {
        PcscTestEnvironment.awaitCard(readers, READER, false);
        PcscTestEnvironment.awaitCard(readers, EMPTY_READER, false);
        cli = new CliRunner(dir.resolve("home"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "jna"})
    void aReaderHeldExclusivelyByAnotherProgramIsReaderInUse(String backend) throws Exception {
        PcscTestEnvironment.requirePerlPcsc();
        try (SimulatedPhone card = SimulatedPhone.holding(cli.stateFile(), 35963).start()) {
            PcscTestEnvironment.awaitCard(readers, READER, true);
            try (OtherPcscProgram other = OtherPcscProgram.holdingExclusively(READER)) {
                assertEquals("CONNECTED", other.nextLine(BOUND));
                long start = System.nanoTime();
                CliRunner.Result result = cli.run("--pcsc", backend, "--reader", READER, "--json", "pin", "status");
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertEquals(15, result.status(), result::toString);
                assertEquals("reader-in-use", result.json().at("/error/code").asText());
                assertTrue(result.json().at("/error/message").asText().startsWith("Another program is using the reader."
                        + " Close it (e.g. a browser or the JPKI app) and try again. ("), result::toString);
                assertTrue(result.json().at("/error/message").asText().contains("SCARD_E_SHARING_VIOLATION"), result::toString);
                assertTrue(took.compareTo(BOUND) < 0, "took " + took);
            }
        }
        PcscTestEnvironment.awaitCard(readers, READER, false);
    }

    @Test
    void aCardPulledInTheMiddleOfAReadWithJnaLeavesNoFile() throws Exception {
        cardPulledInTheMiddleOfARead(cli, dir, "jna");
    }

    @Test
    void jnaWaitsForTheCardWithProgressOnATerminal() throws Exception {
        CompletableFuture<CliRunner.Result> waiting = CompletableFuture.supplyAsync(() -> cli.terminal(true)
                .run("--pcsc", "jna", "--reader", EMPTY_READER, "--wait", "15", "--json", "pin", "status"));
        Thread.sleep(1500);
        try (SimulatedPhone card = SimulatedPhone.holding(cli.stateFile(), 35964).start()) {
            CliRunner.Result result = waiting.get(20, TimeUnit.SECONDS);

            assertEquals(0, result.status(), result::toString);
            assertTrue(result.err().startsWith("Insert the My Number Card into " + EMPTY_READER
                    + " (waiting up to 15 s)."), result::toString);
        }
        PcscTestEnvironment.awaitCard(readers, EMPTY_READER, false);
    }

    @Test
    void readersSaysWhichBackendListedThem() {
        assertEquals("jna", cli.run("--pcsc", "jna", "--json", "readers").json().get("pcsc").asText());
        assertEquals("jdk", cli.run("--pcsc", "jdk", "--json", "readers").json().get("pcsc").asText());
        assertEquals("jdk", cli.run("--json", "readers").json().get("pcsc").asText(), "auto: the JDK while it finds pcscd");
    }

    /**
     * The card leaves the reader right after the first READ BINARY of {@code cert show --out}, the
     * extended one of the certificate (the command line's detection reads nothing): exit 14 in a
     * bounded time, and the target directory as empty as before.
     */
    static void cardPulledInTheMiddleOfARead(CliRunner cli, Path dir, String backend) throws Exception {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        try (SimulatedPhone card = SimulatedPhone.holding(cli.stateFile(), 35963)
                .losingTheCardAfter(nth(ins(0xB0), 1)).start()) {
            PcscTestEnvironment.awaitCard(readers(), READER, true);
            long start = System.nanoTime();
            CliRunner.Result result = cli.run("--pcsc", backend, "--reader", READER, "--json", "cert", "show", "auth",
                    "--format", "pem", "--out", outDir.resolve("auth.pem").toString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals(14, result.status(), result::toString);
            assertEquals("card-removed", result.json().at("/error/code").asText());
            assertTrue(result.json().at("/error/message").asText().startsWith(
                    "The card was removed, or moved, during the command."), result::toString);
            assertTrue(took.compareTo(BOUND) < 0, "took " + took);
            assertFalse(result.err().contains("\tat "));
        }
        try (Stream<Path> left = Files.list(outDir)) {
            assertEquals(List.of(), left.toList(), "neither the file nor a temporary one");
        }
        PcscTestEnvironment.awaitCard(readers(), READER, false);
    }

    private static PcscReaders readers() {
        return readers != null ? readers : PcscTestEnvironment.requireVirtualReaders();
    }
}
