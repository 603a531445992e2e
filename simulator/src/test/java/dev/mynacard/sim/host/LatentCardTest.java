/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.vpcd.VirtualCard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LatentCardTest {
    private static final Latency CONTACT_CARD = Latency.of(15, 40, 400);
    private static final HexFormat HEX = HexFormat.of();

    private final List<Duration> slept = new ArrayList<>();

    /** A card that answers what {@code answer} says and counts the power-ups it sees. */
    private static final class StubCard implements VirtualCard {
        private final Function<byte[], byte[]> answer;
        int powerOns;

        StubCard(Function<byte[], byte[]> answer) {
            this.answer = answer;
        }

        @Override
        public byte[] atr() {
            return HEX.parseHex("3BE000FF8131FE4514");
        }

        @Override
        public void powerOn() {
            powerOns++;
        }

        @Override
        public byte[] process(byte[] apdu) {
            return answer.apply(apdu);
        }
    }

    private LatentCard latent(VirtualCard card, Latency latency) {
        return new LatentCard(card, latency, slept::add);
    }

    @Test
    void everyCommandCostsItsFixedPartAndItsResponseBytes() {
        byte[] certificatePart = new byte[258];
        certificatePart[256] = (byte) 0x90;
        LatentCard card = latent(new StubCard(apdu -> apdu[1] == (byte) 0xB0 ? certificatePart : HEX.parseHex("9000")),
                CONTACT_CARD);

        assertArrayEquals(HEX.parseHex("9000"), card.process(HEX.parseHex("00A4040C0AD392F000260100000001")));
        assertArrayEquals(certificatePart, card.process(HEX.parseHex("00B0810000")));

        assertEquals(List.of(Duration.ofMillis(15).plusNanos(2 * 40_000), Duration.ofMillis(15).plusNanos(258 * 40_000)),
                slept);
    }

    @Test
    void aSignatureCostsMoreOnlyWhenTheCardSigned() {
        byte[] signature = new byte[258];
        signature[256] = (byte) 0x90;
        LatentCard signs = latent(new StubCard(apdu -> signature), CONTACT_CARD);
        LatentCard refuses = latent(new StubCard(apdu -> HEX.parseHex("6982")), CONTACT_CARD);

        signs.process(HEX.parseHex("802A00800133"));
        refuses.process(HEX.parseHex("802A00800133"));
        signs.process(HEX.parseHex("00B0810000"));

        Duration transfer = Duration.ofMillis(15).plusNanos(258 * 40_000);
        assertEquals(List.of(transfer.plusMillis(400), Duration.ofMillis(15).plusNanos(2 * 40_000), transfer), slept);
    }

    @Test
    void theInstantCardNeverSleepsAndTheRestIsForwarded() {
        StubCard stub = new StubCard(apdu -> HEX.parseHex("9000"));
        LatentCard card = latent(stub, Latency.NONE);

        card.process(HEX.parseHex("802A00800133"));
        card.powerOn();

        assertEquals(List.of(), slept);
        assertEquals(1, stub.powerOns);
        assertArrayEquals(stub.atr(), card.atr());
    }

    @Test
    void anInterruptEndsTheWaitAndTheResponseStillLeaves() {
        LatentCard card = new LatentCard(new StubCard(apdu -> HEX.parseHex("9000")), CONTACT_CARD, duration -> {
            throw new InterruptedException("host stopping");
        });
        try {
            assertArrayEquals(HEX.parseHex("9000"), card.process(HEX.parseHex("00200098")));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the host");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theRealSleeperWaitsAtLeastTheModelledTime() {
        LatentCard card = new LatentCard(new StubCard(apdu -> HEX.parseHex("9000")), Latency.of(20, 0, 0));
        long start = System.nanoTime();
        card.process(HEX.parseHex("00200098"));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(20).toNanos());
    }

    @Test
    void latenciesAreBoundedAndNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> Latency.of(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Latency.of(0, 0, 60_001));
        assertEquals(Duration.ofMinutes(1), Latency.of(60_000, 0, 0).perApdu());
    }
}
