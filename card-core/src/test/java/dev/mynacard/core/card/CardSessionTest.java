/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardSessionTest {
    private static final IssuedCard CARD = TestCards.defaultCard();

    @Test
    void selectsEachApplicationOncePerOperationAndAgainInTheNext() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        CardSession session = new CardSession(wire);
        session.exclusive(() -> {
            session.select(MynaApplication.JPKI);
            session.select(MynaApplication.JPKI);
            session.readEf(MynaApplication.JPKI, 0x0006, 32);
            return null;
        });
        assertEquals(List.of("00 A4 04 0C", "00 B0 86 00"), wire.headers());
        session.exclusive(() -> {
            session.select(MynaApplication.JPKI);
            return null;
        });
        assertEquals(3, wire.count(), "a new operation cannot trust the old selection");
        assertEquals(2, wire.exclusives());
    }

    @Test
    void nestedOperationsShareOneExclusiveAccessAndTheSelection() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        CardSession session = new CardSession(wire);
        session.exclusive(() -> {
            session.select(MynaApplication.TEXT);
            session.exclusive(() -> {
                session.select(MynaApplication.TEXT);
                return null;
            });
            session.select(MynaApplication.TEXT);
            return null;
        });
        assertEquals(1, wire.exclusives());
        assertEquals(1, wire.count());
    }

    @Test
    void readObjectCutsTheCertificateFromItsEfInOneExtendedRead() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        CardSession session = new CardSession(wire);
        byte[] der = session.exclusive(() -> session.readObject(MynaApplication.JPKI, 0x000A, 8192));
        assertArrayEquals(CARD.authCertificate().getEncoded(), der);
        assertEquals(List.of("00 A4 04 0C", "00 B0 8A 00"), wire.headers());
        byte[] read = wire.commands().get(1);
        assertArrayEquals(HexFormat.of().parseHex("00B08A0000" + "1FFE"), read, "extended Le 8190 by SFI");
    }

    @Test
    void readObjectWithoutExtendedLengthSizesShortReadsFromTheHeader() throws Exception {
        CountingTransport wire = TestCards.freshDefault().shortOnly();
        CardSession session = new CardSession(wire);
        byte[] der = session.exclusive(() -> session.readObject(MynaApplication.JPKI, 0x000A, 8192));
        byte[] expected = CARD.authCertificate().getEncoded();
        assertArrayEquals(expected, der);
        int reads = (expected.length + 255) / 256;
        assertEquals(1 + reads, wire.count(), wire.headers().toString());
        assertEquals("00 B0 8A 00", wire.headers().get(1), "the first read by SFI");
        assertEquals("00 B0 01 00", wire.headers().get(2), "then offsets on the EF the SFI read made current");
        byte[] last = wire.commands().get(wire.count() - 1);
        assertEquals(expected.length % 256, last[4] & 0xFF, "the last read asks for exactly the rest");
        assertTrue(wire.commands().stream().allMatch(c -> c.length <= 5 || c[1] != (byte) 0xB0));
    }

    @Test
    void anAnnouncedLengthBeyondTheBoundIsRefusedWithoutReadingIt() throws Exception {
        CountingTransport wire = TestCards.freshDefault().shortOnly();
        CardSession session = new CardSession(wire);
        MalformedCardResponseException e = assertThrows(MalformedCardResponseException.class,
                () -> session.exclusive(() -> session.readObject(MynaApplication.JPKI, 0x000A, 1000)));
        assertTrue(e.getMessage().contains("more than the 1000 allowed"), e.getMessage());
        assertEquals(2, wire.count());
    }

    @Test
    void anEfThatEndsBeforeItsObjectIsTruncated() throws Exception {
        byte[] ef = new byte[300];
        ef[0] = 0x30;
        ef[1] = (byte) 0x82;
        ef[2] = 0x04;
        ef[3] = 0x00; // announces 1028 bytes
        CardTransport card = new EfCard(ef);
        CardSession session = new CardSession(new CountingTransport(card).shortOnly());
        MalformedCardResponseException e = assertThrows(MalformedCardResponseException.class,
                () -> session.exclusive(() -> session.readObject(MynaApplication.JPKI, 0x000A, 8192)));
        assertTrue(e.getMessage().contains("ends after 300"), e.getMessage());
    }

    @Test
    void aTransportErrorForgetsTheSelection() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport faulty = new FaultTransport(wire, FaultTransport.command(0x00, 0xB0), 1,
                (command, card) -> {
                    throw new TransportException(TransportException.Reason.CARD_REMOVED, "gone");
                });
        CardSession session = new CardSession(faulty);
        long epoch = session.epoch();
        session.exclusive(() -> {
            session.select(MynaApplication.JPKI);
            assertThrows(TransportException.class, () -> session.readEf(MynaApplication.JPKI, 6, 32));
            session.readEf(MynaApplication.JPKI, 6, 32);
            return null;
        });
        assertEquals(List.of("00 A4 04 0C", "00 A4 04 0C", "00 B0 86 00"), wire.headers());
        assertTrue(session.epoch() != epoch);
    }

    @Test
    void wrongLeIsCorrectedForReadsButAPinCommandIsNeverResent() throws Exception {
        CountingTransport wire = new CountingTransport(new CardTransportStub(command ->
                new byte[] {0x6C, 0x04}));
        CardSession session = new CardSession(wire);
        session.send(CommandApdu.of(0x00, 0xB0, 0x86, 0x00, 0x20));
        assertEquals(2, wire.count(), "READ BINARY re-sent once with Le = 04");
        wire.reset();
        assertEquals(0x6C04, session.sendSecret(new byte[] {0x00, 0x20, 0x00, (byte) 0x98}, "1234".getBytes()).sw());
        assertEquals(1, wire.count());
        assertTrue(Arrays.equals(new byte[9], wire.lastCommandArray()), "the APDU with the PIN was wiped");
        wire.reset();
        session.send(CommandApdu.of(0x80, 0x2A, 0x00, 0x97, new byte[] {1}, 256));
        assertEquals(1, wire.count(), "a signature command is never re-sent");
    }

    @Test
    void aResponseShorterThanAStatusWordIsMalformed() throws Exception {
        CardSession session = new CardSession(new CardTransportStub(command -> new byte[] {(byte) 0x90}));
        assertThrows(MalformedCardResponseException.class, () -> session.select(MynaApplication.JPKI));
        assertTrue(session.selected().isEmpty());
    }

    /** A card whose every READ BINARY reads one EF and every other command succeeds. */
    private static final class EfCard extends CardTransportStub {
        EfCard(byte[] ef) {
            super(command -> {
                if (command[1] != (byte) 0xB0) {
                    return new byte[] {(byte) 0x90, 0x00};
                }
                int offset = (command[2] & 0x80) != 0 ? command[3] & 0xFF : ((command[2] & 0x7F) << 8) | (command[3] & 0xFF);
                int le = command[4] == 0 ? 256 : command[4] & 0xFF;
                if (offset >= ef.length) {
                    return new byte[] {0x6B, 0x00};
                }
                byte[] data = Arrays.copyOfRange(ef, offset, Math.min(ef.length, offset + le));
                byte[] response = Arrays.copyOf(data, data.length + 2);
                response[data.length] = (byte) 0x90;
                return response;
            });
        }
    }

    /** A transport answering from a function. */
    static class CardTransportStub implements CardTransport {
        interface Answer {
            byte[] apply(byte[] command) throws IOException;
        }

        private final Answer answer;

        CardTransportStub(Answer answer) {
            this.answer = answer;
        }

        @Override
        public byte[] exchange(byte[] command) throws IOException {
            return answer.apply(command);
        }

        @Override
        public byte[] atr() {
            return new byte[] {0x3B, 0x00};
        }

        @Override
        public boolean supportsExtendedLength() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
