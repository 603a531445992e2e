/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.interop;

import static dev.mynacard.sim.interop.PcscStack.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTransport;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.host.SimulatorProcess;
import dev.mynacard.sim.state.CardStateFile;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar's main class in a process of its own, reached through pcscd: the state file
 * keeps the PIN counters across starts, whether the simulator was stopped (SIGTERM) or killed
 * (SIGKILL, no shutdown hook).
 */
class InteropSimulatorProcessTest {
    private static final Duration START_WAIT = Duration.ofSeconds(60);

    private static PcscReaders readers;

    @TempDir
    Path dir;

    @BeforeAll
    static void requireTheStack() {
        readers = PcscStack.requireVirtualReaders();
    }

    private SimulatorProcess start(Path state) throws Exception {
        SimulatorProcess simulator = SimulatorProcess.start(dir, "--state", state.toString(), "--vpcd", "127.0.0.1:35963");
        assertEquals("mynacard simulated card in vpcd 127.0.0.1:35963 (state " + state + ")", simulator.nextLine(START_WAIT));
        PcscStack.awaitCard(readers, true);
        return simulator;
    }

    private static PcscTransport connect() throws Exception {
        return readers.connect(readers.find(READER), PcscStack.CARD_WAIT);
    }

    @Test
    void pinCountersSurviveAKillAndAStop() throws Exception {
        Path state = dir.resolve("card.json");

        try (SimulatorProcess simulator = start(state)) {
            try (PcscTransport card = connect()) {
                assertEquals(3, JpkiQueries.triesLeft(card, JpkiQueries.AUTH_PIN));
                assertEquals(0x63C2, JpkiQueries.verify(card, JpkiQueries.AUTH_PIN, "9999"));
                assertEquals(2, JpkiQueries.triesLeft(card, JpkiQueries.AUTH_PIN));
            }
            simulator.kill();
            PcscStack.awaitCard(readers, false);
        }

        try (SimulatorProcess simulator = start(state)) {
            try (PcscTransport card = connect()) {
                assertEquals(2, JpkiQueries.triesLeft(card, JpkiQueries.AUTH_PIN), "the wrong PIN outlived SIGKILL");
                assertEquals(0x63C4, JpkiQueries.verify(card, JpkiQueries.SIGN_PIN, "WRONG99"));
            }
            assertEquals(143, simulator.stop());
            assertEquals("mynacard-simulator: card connected to vpcd at 127.0.0.1:35963\n", simulator.stderr());
            PcscStack.awaitCard(readers, false);
        }

        try (SimulatorProcess simulator = start(state)) {
            try (PcscTransport card = connect()) {
                assertEquals(2, JpkiQueries.triesLeft(card, JpkiQueries.AUTH_PIN));
                assertEquals(4, JpkiQueries.triesLeft(card, JpkiQueries.SIGN_PIN));
                assertEquals(0x9000, JpkiQueries.verify(card, JpkiQueries.AUTH_PIN, "1234"));
            }
            simulator.stop();
            PcscStack.awaitCard(readers, false);
        }

        SimulatedCard saved = SimulatedCard.load(CardStateFile.load(state));
        assertEquals(3, JpkiQueries.triesLeft(saved.transport(), JpkiQueries.AUTH_PIN), "the right PIN restored the counter");
        assertEquals(4, JpkiQueries.triesLeft(saved.transport(), JpkiQueries.SIGN_PIN));
    }
}
