/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportDecorator;
import dev.mynacard.core.cert.CardInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 共通AP card record on a card that takes READ RECORD only on the current EF. */
class ReadRecordFallbackTest {

    /** Answers 6A86 to READ RECORD with a short EF identifier in P2, as such a card would. */
    private static final class NoSfiRecords extends TransportDecorator {
        NoSfiRecords(CardTransport inner) {
            super(inner);
        }

        @Override
        public byte[] exchange(byte[] command) throws IOException {
            if ((command[1] & 0xFF) == 0xB2 && (command[3] & 0xF8) != 0) {
                return new byte[] {0x6A, (byte) 0x86};
            }
            return inner.exchange(command);
        }
    }

    private static List<String> hex(CountingTransport counting) {
        return counting.commands().stream().map(c -> HexFormat.of().withUpperCase().formatHex(c)).toList();
    }

    @Test
    void sfiFormIsUsedWhenTheCardTakesIt() throws IOException {
        CountingTransport counting = TestCards.freshDefault();
        try (CardSession session = new CardSession(counting)) {
            assertEquals(LocalDate.of(2035, 5, 5), CardInfo.read(session).expiryDate());
        }
        assertEquals(List.of("00A4040C0AD3921000310001010100", "00B2010C00"), hex(counting));
    }

    @Test
    void fallsBackToSelectEfAndTheCurrentEfForm() throws IOException {
        CountingTransport counting = new CountingTransport(
                new NoSfiRecords(TestCards.load(TestCards.defaultCard()).transport()));
        try (CardSession session = new CardSession(counting)) {
            assertEquals(LocalDate.of(2035, 5, 5), CardInfo.read(session).expiryDate());
        }
        assertEquals(List.of("00A4040C0AD3921000310001010100", "00B2010C00", "00A4020C020001", "00B2010400"),
                hex(counting));
    }
}
