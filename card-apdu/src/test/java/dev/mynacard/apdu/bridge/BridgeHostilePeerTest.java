/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import static dev.mynacard.apdu.bridge.PhoneBench.WAIT;
import static dev.mynacard.apdu.bridge.PhoneBench.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.Hex;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A peer that is not an honest phone: every malformed answer is refused with
 * {@link Reason#PROTOCOL} and a message that says what was wrong, within the APDU timeout (which a
 * peer cannot stretch by dribbling bytes), and the connection is closed without anything sent again.
 */
class BridgeHostilePeerTest {
    private static final Duration APDU_TIMEOUT = Duration.ofMillis(400);
    /** The APDU timeout plus scheduling slack: how long any refusal may take. */
    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final byte[] READ_BINARY = Hex.bytes("00 B0 00 00 00");

    /** What the peer does once the bridge has sent it the command. */
    private interface Misbehaviour {
        void act(FakePhone peer) throws Exception;
    }

    private PhoneBench bench;

    @BeforeEach
    void open() throws Exception {
        bench = PhoneBench.open(BridgeOptions.defaults().withApduTimeout(APDU_TIMEOUT));
    }

    @AfterEach
    void close() throws Exception {
        bench.close();
    }

    @Test
    void aZeroLengthFrame() throws Exception {
        assertRefused(peer -> peer.sendRaw(0x00, 0x00),
                "bad frame from the phone instead of an answer: empty vpcd frame");
    }

    @Test
    void aFrameCutShortByClosing() throws Exception {
        assertRefused(peer -> {
            peer.sendRaw(0x00, 0x0A, 0x90, 0x00, 0x01);
            peer.close();
        }, "bad frame from the phone instead of an answer: vpcd frame truncated: 3 of 10 payload bytes arrived");
    }

    @Test
    void aFrameCutShortByStalling() throws Exception {
        assertRefused(peer -> peer.sendRaw(0x00, 0x0A, 0x90, 0x00, 0x01),
                "the phone stopped in the middle of a frame: 5 of 12 bytes arrived within 400 ms");
    }

    @Test
    void aLengthFieldCutShortByClosing() throws Exception {
        assertRefused(peer -> {
            peer.sendRaw(0x00);
            peer.close();
        }, "bad frame from the phone instead of an answer: vpcd frame truncated inside its length field");
    }

    @Test
    void aLengthFieldCutShortByStalling() throws Exception {
        assertRefused(peer -> peer.sendRaw(0x00),
                "the phone stopped in the middle of a frame: 1 of at least 2 bytes arrived within 400 ms");
    }

    @Test
    void anAnswerShorterThanAStatusWord() throws Exception {
        assertRefused(peer -> peer.sendFrame(new byte[] {0x01}),
                "the phone answered with the single byte 01, which is not a response APDU (at least the 2 status bytes)");
    }

    @Test
    void theLargestLengthWithoutThePayload() throws Exception {
        assertRefused(peer -> peer.sendRaw(0xFF, 0xFF, 0x90),
                "the phone stopped in the middle of a frame: 3 of 65537 bytes arrived within 400 ms");
    }

    @Test
    void textInsteadOfFrames() throws Exception {
        assertRefused(peer -> {
            peer.sendRaw("GET / HTTP/1.1\r\nHost: phone\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            peer.close();
        }, "bad frame from the phone instead of an answer: vpcd frame truncated: 29 of 18245 payload bytes arrived");
    }

    @Test
    void aFrameDribbledOutByteByByteCannotStretchTheTimeout() throws Exception {
        assertRefused(peer -> {
            byte[] frame = new byte[302];
            frame[0] = 0x01;
            frame[1] = 0x2C;
            try {
                for (int i = 0; i < 40; i++) {
                    peer.sendRaw(frame[i]);
                    Thread.sleep(25);
                }
            } catch (IOException closedByTheBridge) {
                // expected once the deadline has passed
            }
        }, "the phone stopped in the middle of a frame: ");
    }

    @Test
    void dataNobodyAskedForIsRefusedBeforeTheCommandIsSent() throws Exception {
        FakePhone peer = bench.connectPhone();
        BridgeTransport card = bench.insert(peer);
        peer.sendFrame(Hex.bytes("90 00"));
        Thread.sleep(100);

        TransportException e = assertThrows(TransportException.class, () -> card.exchange(READ_BINARY));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().startsWith("the phone sent 4 bytes that no command asked for; the command was not sent"),
                e.getMessage());
        assertArrayEquals(new byte[0], peer.readUntilClosed(WAIT), "the command never reached the peer");
    }

    @Test
    void twoAnswersToOneCommandBreakTheConnectionAtTheNextCommand() throws Exception {
        FakePhone peer = bench.connectPhone();
        BridgeTransport card = bench.insert(peer);
        Future<byte[]> answer = bench.exchange(card, READ_BINARY);
        peer.readFrame();
        peer.sendFrame(Hex.bytes("90 00"));
        peer.sendFrame(Hex.bytes("6A 82"));
        assertArrayEquals(Hex.bytes("90 00"), get(answer));
        Thread.sleep(100);

        TransportException e = assertThrows(TransportException.class, () -> card.exchange(READ_BINARY));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertArrayEquals(new byte[0], peer.readUntilClosed(WAIT));
    }

    @Test
    void aSingleByteForAnAtr() throws Exception {
        assertHandshakeRefused(new byte[] {0x04},
                "the phone answered the ATR request with the single byte 04, which is not an ATR (2–33 bytes starting with 3B or 3F)");
    }

    @Test
    void anAtrLongerThanAnyAtr() throws Exception {
        byte[] atr = new byte[34];
        atr[0] = 0x3B;
        assertHandshakeRefused(atr,
                "the phone answered the ATR request with 34 bytes, which is not an ATR (2–33 bytes starting with 3B or 3F)");
    }

    @Test
    void anAtrWithAWrongFirstByte() throws Exception {
        assertHandshakeRefused(Hex.bytes("90 00"),
                "the phone answered the ATR request with 2 bytes, which is not an ATR (2–33 bytes starting with 3B or 3F)");
    }

    @Test
    void anAbsurdLengthInsteadOfAnAtr() throws Exception {
        Future<BridgeTransport> card = bench.awaitCard(WAIT);
        FakePhone peer = bench.connectPhone();
        peer.sendRaw(0xFF, 0xFF, 0x3B);
        long start = System.nanoTime();
        TransportException e = assertThrows(TransportException.class, () -> get(card));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertEquals("the phone stopped in the middle of a frame: 3 of 65537 bytes arrived within 400 ms", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(BOUND) < 0);
    }

    /** Random bytes, then the end of the stream: an answer if they happen to form one, otherwise a transport error; never anything else. */
    @Test
    void randomBytesNeverEscapeAsAnythingButATransportError() throws Exception {
        Random random = new Random(20240611);
        for (int round = 0; round < 200; round++) {
            byte[] noise = new byte[random.nextInt(40)];
            random.nextBytes(noise);
            if (round % 2 == 0 && noise.length >= 2) {
                noise[0] = 0; // a plausible short length, so that some rounds are whole frames
                noise[1] = (byte) random.nextInt(noise.length);
            }
            FakePhone peer = bench.connectPhone();
            BridgeTransport card = bench.insert(peer);
            Future<byte[]> answer = bench.exchange(card, READ_BINARY);
            peer.readFrame();
            peer.sendRaw(noise);
            peer.close();
            try {
                byte[] response = get(answer);
                int length = ((noise[0] & 0xFF) << 8) | (noise[1] & 0xFF);
                assertArrayEquals(Arrays.copyOfRange(noise, 2, 2 + length), response, Hex.text(noise));
            } catch (TransportException expected) {
                assertTrue(expected.reason() == Reason.PROTOCOL || expected.reason() == Reason.CARD_REMOVED,
                        Hex.text(noise) + ": " + expected.reason());
            }
            card.close();
        }
    }

    private void assertRefused(Misbehaviour misbehaviour, String messageStart) throws Exception {
        FakePhone peer = bench.connectPhone();
        BridgeTransport card = bench.insert(peer);
        Future<byte[]> answer = bench.exchange(card, READ_BINARY);
        assertArrayEquals(READ_BINARY, peer.readFrame());
        long start = System.nanoTime();
        misbehaviour.act(peer);

        TransportException e = assertThrows(TransportException.class, () -> get(answer));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(Reason.PROTOCOL, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertTrue(took.compareTo(BOUND) < 0, "refused after " + took);
        if (!peer.isClosed()) {
            assertArrayEquals(new byte[0], peer.readUntilClosed(WAIT), "closed, nothing sent again");
        }
        assertEquals(Reason.PROTOCOL, assertThrows(TransportException.class, () -> card.exchange(READ_BINARY)).reason());
    }

    private void assertHandshakeRefused(byte[] atr, String message) throws Exception {
        Future<BridgeTransport> card = bench.awaitCard(WAIT);
        FakePhone peer = bench.connectPhone();
        peer.answerHandshake(atr);
        TransportException e = assertThrows(TransportException.class, () -> get(card));
        assertEquals(Reason.PROTOCOL, e.reason());
        assertEquals(message, e.getMessage());
        assertArrayEquals(new byte[0], peer.readUntilClosed(WAIT));
    }
}
