/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.apdu.ResponseApdu;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helper: sends hex APDUs to a card and checks status words. */
final class CardSession {
    static final String JPKI = "D392F000260100000001";
    static final String TEXT = "D3921000310001010408";
    static final String COMMON = "D3921000310001010100";
    static final String JUKI = "D3921000310001010401";

    final SimulatedCard card;

    CardSession(SimulatedCard card) {
        this.card = card;
    }

    ResponseApdu send(String hex) {
        return new ResponseApdu(card.process(HexFormat.of().parseHex(hex.replace(" ", ""))));
    }

    ResponseApdu send(byte[] apdu) {
        return new ResponseApdu(card.process(apdu));
    }

    /** Sends and asserts the status word; returns the response. */
    ResponseApdu expect(int sw, String hex) {
        ResponseApdu r = send(hex);
        assertEquals(String.format("%04X", sw), String.format("%04X", r.sw()), hex);
        return r;
    }

    void selectAp(String aid) {
        expect(0x9000, "00A4040C0A" + aid);
    }

    void selectEf(String fid) {
        expect(0x9000, "00A4020C02" + fid);
    }

    /** VERIFY of the current PIN EF with an ASCII value. */
    ResponseApdu verify(String pin) {
        return send("00200080" + String.format("%02X", pin.length()) + HexFormat.of().formatHex(TestImages.ascii(pin)));
    }

    static String hex(byte[] b) {
        return HexFormat.of().withUpperCase().formatHex(b);
    }
}
