/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Prints in-process throughput of the simulated card (numbers to read, not timing assertions). */
class ThroughputReport {
    private static final int ROUNDS = 20_000;

    @Test
    void printsApdusPerSecondAndSignatureTime() throws GeneralSecurityException {
        SimulatedCard card = SimulatedCard.load(TestImages.image());
        CardSession s = new CardSession(card);
        s.selectAp(CardSession.JPKI);
        s.selectEf("000A");
        byte[] select = hex("00A4040C0A" + CardSession.JPKI);
        byte[] read256 = hex("00B0000000");
        byte[] readAll = hex("00B00000000000");
        byte[] query = hex("00200098");
        report(card, "SELECT AP", select, 0x9000);
        s.selectEf("000A");
        report(card, "READ BINARY 256 bytes", read256, 0x9000);
        report(card, "READ BINARY extended (1500 bytes)", readAll, 0x9000);
        report(card, "VERIFY retry query", query, 0x63C3);

        s.expect(0x9000, "0020009804" + CardSession.hex(TestImages.ascii(TestImages.AUTH_PIN)));
        byte[] digestInfo = SignatureTest.digestInfo(TestImages.ascii("benchmark"));
        byte[] sign = hex("802A0097" + String.format("%02X", digestInfo.length) + CardSession.hex(digestInfo) + "00");
        int signatures = 50;
        for (int i = 0; i < 5; i++) {
            card.process(sign);
        }
        long start = System.nanoTime();
        for (int i = 0; i < signatures; i++) {
            assertEquals(258, card.process(sign).length);
        }
        double ms = (System.nanoTime() - start) / 1e6 / signatures;
        System.out.printf("simulated card: RSA-2048 COMPUTE DIGITAL SIGNATURE %.2f ms each%n", ms);
    }

    private static void report(SimulatedCard card, String what, byte[] apdu, int expectedSw) {
        for (int i = 0; i < ROUNDS / 4; i++) {
            card.process(apdu);
        }
        long start = System.nanoTime();
        byte[] response = null;
        for (int i = 0; i < ROUNDS; i++) {
            response = card.process(apdu);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int sw = ((response[response.length - 2] & 0xFF) << 8) | (response[response.length - 1] & 0xFF);
        assertEquals(expectedSw, sw, what);
        System.out.printf("simulated card: %-36s %,10.0f APDUs/s%n", what, ROUNDS / seconds);
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }
}
