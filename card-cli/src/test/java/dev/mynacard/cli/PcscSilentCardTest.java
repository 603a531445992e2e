/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.READER;
import static dev.mynacard.cli.SimulatedPhone.ins;
import static dev.mynacard.cli.SimulatedPhone.nth;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A card in a PC/SC reader (pcscd + vpcd) that answers the SELECT and then stops answering at the
 * READ BINARY of the certificate, through each backend: mynacard, in a JVM of its own, exits with code 18
 * and says the card stopped answering within --apdu-timeout and a margin, with no --out file; the
 * JVM ends although the thread that waits for the card is still blocked in native code. Once the
 * card answers again, the next command works.
 */
class PcscSilentCardTest {
    private static final Duration APDU_TIMEOUT = Duration.ofSeconds(2);
    /** What JVM exit and a loaded machine may add to the timeout; the bound, not a benchmark. */
    private static final Duration MARGIN = Duration.ofSeconds(3);
    private static final Duration BOUND = Duration.ofSeconds(20);
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
    void aCardThatStopsAnsweringEndsWithExitCode18AndWorksOnceItAnswersAgain(String backend) throws Exception {
        PcscTestEnvironment.awaitCard(readers, READER, false);
        CliRunner cli = new CliRunner(dir.resolve("home"));
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("auth.pem");
        String[] command = {"--pcsc", backend, "--reader", READER, "--json", "cert", "show", "auth", "--format", "pem",
                "--out", out.toString()};
        try (SimulatedPhone card = SimulatedPhone.holding(cli.stateFile(), 35963)
                .goingSilentAt(nth(ins(0xB0), 1)).start()) {
            PcscTestEnvironment.awaitCard(readers, READER, true);
            JavaProcess mynacard = JavaProcess.start(dir, Map.of("MYNACARD_HOME", cli.stateFile().getParent().toString()),
                    Main.class, withTimeout(command));
            assertTrue(card.awaitSilence(BOUND), "the card never got the READ BINARY of the certificate: " + card.seen());
            long silent = System.nanoTime();
            JavaProcess.Ended ended = mynacard.awaitEnd(BOUND);
            Duration reported = Duration.ofNanos(System.nanoTime() - silent);

            assertEquals(18, ended.status(), ended::toString);
            JsonNode error = JSON.readTree(ended.out()).get("error");
            assertEquals("timeout", error.get("code").asText());
            assertTrue(error.get("message").asText().startsWith("The card stopped answering (or the reader did)."
                    + " Nothing was sent twice."), ended::toString);
            assertTrue(error.get("message").asText().contains("no answer to the command within 2000 ms (reader '"
                    + READER + "')"), ended::toString);
            assertFalse(ended.err().contains("\tat "), ended::toString);
            assertTrue(reported.compareTo(APDU_TIMEOUT.plus(MARGIN)) < 0, "reported after " + reported);
            try (Stream<Path> left = Files.list(outDir)) {
                assertEquals(List.of(), left.toList(), "neither the file nor a temporary one");
            }
            assertEquals(1, card.count(ins(0xB0)), "the READ BINARY the card did not answer was not sent again");
            System.out.printf("silent card (%s): exit 18 %d ms after the card stopped answering, --apdu-timeout 2%n",
                    backend, reported.toMillis());

            card.answerAgain();
            // pcscd hands the late answer to nobody (mynacard has exited) and then resets the
            // card; a command that connects in between may see the reset as a protocol error.
            assertTrue(card.awaitResetAfterAnswering(BOUND), "pcscd never reset the card after its late answer");
            CliRunner.Result next = cli.env("MYNACARD_CARD_WAIT", "10").run(command);

            assertEquals(0, next.status(), next::toString);
            assertTrue(Files.readString(out).startsWith("-----BEGIN CERTIFICATE-----"));
        }
        PcscTestEnvironment.awaitCard(readers, READER, false);
    }

    private static String[] withTimeout(String[] command) {
        return Stream.concat(Stream.of("--apdu-timeout", Long.toString(APDU_TIMEOUT.toSeconds())), Stream.of(command))
                .toArray(String[]::new);
    }
}
