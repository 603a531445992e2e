/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.interop;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.StatusWord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The few JPKI commands the interop tests send themselves, over any transport (PC/SC here). */
public final class JpkiQueries {
    public static final byte[] JPKI_AID = HexFormat.of().parseHex("D392F000260100000001");
    /** VERIFY P2 = 80|SFI of the auth PIN (EF 0018) and of the sign password (EF 001B). */
    public static final int AUTH_PIN = 0x98;
    public static final int SIGN_PIN = 0x9B;

    private JpkiQueries() {
    }

    public static void selectJpki(CardTransport card) throws IOException {
        expect(card.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, JPKI_AID)), 0x9000, "SELECT JPKI AP");
    }

    /** The tries left on a JPKI PIN, asked with the empty VERIFY that costs none. */
    public static int triesLeft(CardTransport card, int pinP2) throws IOException {
        selectJpki(card);
        ResponseApdu answer = card.transmit(CommandApdu.of(0x00, 0x20, 0x00, pinP2));
        if (!StatusWord.isRetryCounter(answer.sw())) {
            throw new AssertionError("retry query answered " + StatusWord.describe(answer.sw()));
        }
        return StatusWord.triesLeft(answer.sw());
    }

    /** VERIFY of a JPKI PIN; returns the status word. */
    public static int verify(CardTransport card, int pinP2, String pin) throws IOException {
        selectJpki(card);
        return card.transmit(CommandApdu.of(0x00, 0x20, 0x00, pinP2, pin.getBytes(StandardCharsets.US_ASCII))).sw();
    }

    private static void expect(ResponseApdu answer, int sw, String what) {
        if (answer.sw() != sw) {
            throw new AssertionError(what + " answered " + StatusWord.describe(answer.sw()));
        }
    }
}
