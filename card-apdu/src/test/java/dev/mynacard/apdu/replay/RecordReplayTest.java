/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.Hex;
import dev.mynacard.apdu.ScriptedTransport;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReplayTest {
    private static final String SELECT = "00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01";
    private static final String VERIFY_1234 = "00 20 00 80 04 31 32 33 34";
    private static final String READ = "00 B0 8A 00 04";
    private static final String RETRIES = "00 20 00 80";
    private static final List<String> SESSION = List.of(SELECT, VERIFY_1234, READ, RETRIES);
    private static final List<String> ANSWERS = List.of("90 00", "90 00", "30 82 05 1A 90 00", "63 C3");

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void record() throws IOException {
        file = dir.resolve("session.apdu");
        ScriptedTransport card = ScriptedTransport.answering(ANSWERS.toArray(String[]::new));
        try (RecordingTransport recording = new RecordingTransport(card, file)) {
            for (int i = 0; i < SESSION.size(); i++) {
                assertArrayEquals(Hex.bytes(ANSWERS.get(i)), recording.exchange(Hex.bytes(SESSION.get(i))));
            }
        }
        assertTrue(card.isClosed(), "closing the recording closes the card");
    }

    private static TransportException diverges(ReplayTransport replay, String command) {
        TransportException e = assertThrows(TransportException.class, () -> replay.exchange(Hex.bytes(command)));
        assertEquals(Reason.PROTOCOL, e.reason());
        return e;
    }

    @Test
    void writesAReadableRedactedFile() throws IOException {
        assertEquals(List.of(
                "# mynacard APDU transcript",
                "atr: 3B E0 00 FF 81 31 FE 45 14",
                "extended-length: true",
                "> " + SELECT, "< 90 00",
                "> 00 20 00 80 <redacted>", "< 90 00",
                "> " + READ, "< 30 82 05 1A 90 00",
                "> 00 20 00 80", "< 63 C3"), Files.readAllLines(file));
        String text = Files.readString(file);
        assertFalse(text.contains("31 32 33 34") || text.contains("1234") || text.contains("04 31"), text);
    }

    @Test
    void replaysTheSameResponses() throws IOException {
        ReplayTransport replay = ReplayTransport.load(file);
        assertArrayEquals(ScriptedTransport.ATR, replay.atr());
        assertTrue(replay.supportsExtendedLength());
        for (int i = 0; i < SESSION.size(); i++) {
            assertEquals(SESSION.size() - i, replay.remaining());
            assertArrayEquals(Hex.bytes(ANSWERS.get(i)), replay.exchange(Hex.bytes(SESSION.get(i))));
        }
        assertDoesNotThrow(replay::assertFinished);
    }

    @Test
    void aRedactedCommandMatchesByHeaderOnly() throws IOException {
        ReplayTransport replay = ReplayTransport.load(file);
        replay.exchange(Hex.bytes(SELECT));
        assertArrayEquals(Hex.bytes("90 00"), replay.exchange(Hex.bytes("00 20 00 80 08 41 42 43 44 45 46 31 32")));
    }

    @Test
    void aDifferentCommandFailsLoudly() throws IOException {
        ReplayTransport replay = ReplayTransport.load(file);
        replay.exchange(Hex.bytes(SELECT));
        TransportException e = diverges(replay, "00 B0 8B 00 04");
        assertEquals("replay diverged at APDU #2: expected 00 20 00 80 <redacted>, got 00 B0 8B 00 04", e.getMessage());
    }

    @Test
    void divergenceNeverShowsAPin() throws IOException {
        ReplayTransport replay = ReplayTransport.load(file);
        replay.exchange(Hex.bytes(SELECT));
        TransportException e = diverges(replay, "00 20 00 81 04 35 36 37 38");
        assertEquals("replay diverged at APDU #2: expected 00 20 00 80 <redacted>, got 00 20 00 81 <redacted>",
                e.getMessage());
        // The retry query is not the recorded VERIFY with data.
        diverges(replay, RETRIES);
    }

    @Test
    void aCommandBeyondTheEndFailsLoudly() throws IOException {
        ReplayTransport replay = ReplayTransport.load(file);
        for (String command : SESSION) {
            replay.exchange(Hex.bytes(command));
        }
        TransportException e = diverges(replay, RETRIES);
        assertEquals("replay diverged at APDU #5: the recording ends after 4 APDUs, got 00 20 00 80", e.getMessage());
    }

    @Test
    void anUnfinishedReplayIsReported() throws IOException {
        ReplayTransport replay = ReplayTransport.load(file);
        replay.exchange(Hex.bytes(SELECT));
        TransportException e = assertThrows(TransportException.class, replay::assertFinished);
        assertEquals("replay unfinished: 1 of 4 recorded APDUs used; next expected: 00 20 00 80 <redacted>",
                e.getMessage());
    }

    @Test
    void aClosedReplayRefusesCommands() throws IOException {
        ReplayTransport replay = ReplayTransport.load(file);
        replay.close();
        TransportException e = assertThrows(TransportException.class, () -> replay.exchange(Hex.bytes(SELECT)));
        assertEquals(Reason.CLOSED, e.reason());
    }

    @Test
    void aFailedExchangeIsRecordedAsCommentsAndRethrown() throws IOException {
        Path failing = dir.resolve("failing.apdu");
        TransportException removed = new TransportException(Reason.CARD_REMOVED, "card removed");
        ScriptedTransport card = new ScriptedTransport(command -> {
            throw removed;
        });
        try (RecordingTransport recording = new RecordingTransport(card, failing)) {
            assertThrows(TransportException.class, () -> recording.exchange(Hex.bytes(VERIFY_1234)));
            assertEquals(List.of("# > 00 20 00 80 <redacted>", "# ! TransportException: card removed"),
                    Files.readAllLines(failing).subList(3, 5), "flushed before close");
        }
        ReplayTransport replay = ReplayTransport.load(failing);
        assertEquals(0, replay.remaining());
        diverges(replay, VERIFY_1234);
    }
}
