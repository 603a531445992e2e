/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.TransportException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The in-process transport: extended length, closing, power, and one command at a time. */
class SimulatedTransportTest {
    private static final CommandApdu SELECT_JPKI = CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, CardApplication.JPKI.aid());
    private static final CommandApdu READ_AUTH_CERT = CommandApdu.of(0x00, 0xB0, 0x8A, 0x00, 65536);

    @Test
    void readsAWholeCertificateWithOneExtendedApdu() throws Exception {
        try (CardTransport transport = SimulatedCard.load(TestImages.image()).transport()) {
            assertTrue(transport.supportsExtendedLength());
            assertEquals(0x9000, transport.transmit(SELECT_JPKI).sw());
            ResponseApdu certificate = transport.transmit(READ_AUTH_CERT);
            assertEquals(0x9000, certificate.sw());
            assertArrayEquals(TestImages.AUTH_CERT, certificate.data());
        }
    }

    @Test
    void aClosedTransportRefusesCommands() throws Exception {
        SimulatedCard card = SimulatedCard.load(TestImages.image());
        CardTransport transport = card.transport();
        transport.close();
        TransportException e = assertThrows(TransportException.class, () -> transport.transmit(SELECT_JPKI));
        assertEquals(TransportException.Reason.CLOSED, e.reason());
        assertEquals(0x9000, card.transport().transmit(SELECT_JPKI).sw());
    }

    @Test
    void aPoweredOffCardAnswersNothingAndComesBackReset() throws Exception {
        SimulatedCard card = SimulatedCard.load(TestImages.image());
        CardTransport transport = card.transport();
        assertEquals(0x9000, transport.transmit(SELECT_JPKI).sw());
        card.powerOff();
        TransportException e = assertThrows(TransportException.class, () -> transport.transmit(SELECT_JPKI));
        assertEquals(TransportException.Reason.NO_CARD, e.reason());
        card.powerOn();
        assertEquals(0x6986, transport.transmit(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 4)).sw());
    }

    @Test
    void concurrentExchangesAreProcessedOneAtATime() throws Exception {
        SimulatedCard card = SimulatedCard.load(TestImages.image());
        byte[] select = SELECT_JPKI.encode();
        byte[] read = HexFormat.of().parseHex("00B08A0000");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    CardTransport transport = card.transport();
                    for (int i = 0; i < 200; i++) {
                        ResponseApdu r = new ResponseApdu(transport.exchange(select));
                        if (r.sw() != 0x9000) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (int i = 0; i < 200; i++) {
                ResponseApdu r = new ResponseApdu(card.process(read));
                // whatever the interleaving, a read either finds JPKI selected or nothing selected yet
                assertTrue(r.sw() == 0x9000 || r.sw() == 0x6986, String.format("%04X", r.sw()));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
