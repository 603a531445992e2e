/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.READER;
import static dev.mynacard.cli.SimulatedPhone.ins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pcscd killed while mynacard waits for the card's answer to a READ BINARY, through each
 * backend: exit code 10 with the PC/SC code, promptly, without a half-written --out file; and the
 * next command, with pcscd back, works. mynacard runs in a JVM of its own whose libpcsclite talks
 * to pcscd through a {@link PcscdLink}, so that only this mynacard sees pcscd die: the machine's
 * pcscd, which other programs use, is left alone.
 */
class PcscdKilledTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Duration PROMPTLY = Duration.ofSeconds(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static PcscReaders readers;

    @BeforeAll
    static void requireVirtualReaders() {
        readers = PcscTestEnvironment.requireVirtualReaders();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "jna"})
    void pcscdKilledInTheMiddleOfACommand(String backend) throws Exception {
        PcscTestEnvironment.awaitCard(readers, READER, false);
        CliRunner cli = new CliRunner(dir.resolve("home"));
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("auth.pem");
        String[] command = {"--pcsc", backend, "--reader", READER, "--json", "cert", "show", "auth",
                "--format", "pem", "--out", out.toString()};
        try (SimulatedPhone card = SimulatedPhone.holding(cli.stateFile(), 35963)
                .answeringLate(ins(0xB0), Duration.ofMillis(300)).start()) {
            PcscTestEnvironment.awaitCard(readers, READER, true);
            JavaProcess.Ended ended;
            long reported;
            try (PcscdLink pcscd = PcscdLink.open(dir.resolve("pcscd.comm"))) {
                JavaProcess mynacard = JavaProcess.start(dir, environment(cli, pcscd.socket()), Main.class, command);
                awaitReadBinary(card);
                pcscd.kill();
                long killed = System.nanoTime();
                ended = mynacard.awaitEnd(BOUND);
                reported = System.nanoTime() - killed;
            }

            assertEquals(10, ended.status(), ended::toString);
            JsonNode error = JSON.readTree(ended.out()).get("error");
            assertEquals("no-pcsc-service", error.get("code").asText());
            assertTrue(error.get("message").asText().startsWith("No PC/SC service is running."), ended::toString);
            assertTrue(error.get("message").asText().matches(".*\\(SCARD_[EF]_[A-Z_]+\\).*"), ended::toString);
            assertTrue(Duration.ofNanos(reported).compareTo(PROMPTLY) < 0, "reported " + reported / 1_000_000 + " ms after");
            try (Stream<Path> left = Files.list(outDir)) {
                assertEquals(List.of(), left.toList(), "neither the file nor a temporary one");
            }
            System.out.printf("pcscd killed during a READ BINARY (%s): %s%n", backend, error.get("message").asText());

            try (PcscdLink restarted = PcscdLink.open(dir.resolve("pcscd.comm"))) {
                JavaProcess.Ended again = JavaProcess.start(dir, environment(cli, restarted.socket()), Main.class,
                        command).awaitEnd(BOUND);
                assertEquals(0, again.status(), again::toString);
                assertTrue(Files.readString(out).startsWith("-----BEGIN CERTIFICATE-----"));
            }
        }
        PcscTestEnvironment.awaitCard(readers, READER, false);
    }

    private static Map<String, String> environment(CliRunner cli, Path pcscd) {
        return Map.of("PCSCLITE_CSOCK_NAME", pcscd.toString(), "MYNACARD_HOME", cli.stateFile().getParent().toString(),
                "MYNACARD_CARD_WAIT", "10");
    }

    /** Until the card has begun answering the READ BINARY of the certificate (detection reads nothing). */
    private static void awaitReadBinary(SimulatedPhone card) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (card.count(ins(0xB0)) < 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no READ BINARY of the certificate: " + card.seen());
            }
            Thread.sleep(5);
        }
    }
}
