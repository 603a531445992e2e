/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import dev.mynacard.apdu.vpcd.ForwardingVirtualCard;
import dev.mynacard.apdu.vpcd.VirtualCard;
import java.time.Duration;
import java.util.Objects;

/**
 * A card that answers as slowly as a real one would: after the card it forwards to has answered,
 * it waits what the {@link Latency} model says for that exchange, then returns the response. A
 * benchmark of a client then sees a real card's clock instead of the simulator's microseconds.
 */
public final class LatentCard extends ForwardingVirtualCard {
    private static final int INS_COMPUTE_DIGITAL_SIGNATURE = 0x2A;
    private static final int SW_SUCCESS = 0x9000;

    /** Waits a while; the real one sleeps, tests record. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper THREAD = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

        void sleep(Duration duration) throws InterruptedException;
    }

    private final Latency latency;
    private final Sleeper sleeper;

    public LatentCard(VirtualCard card, Latency latency, Sleeper sleeper) {
        super(card);
        this.latency = Objects.requireNonNull(latency, "latency");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Sleeps with the latency of {@code card}'s exchanges. */
    public LatentCard(VirtualCard card, Latency latency) {
        this(card, latency, Sleeper.THREAD);
    }

    /**
     * Answers after the modelled delay. An interrupt cuts the wait short (the response is returned
     * at once, the thread stays interrupted): stopping the host must not wait for a slow card.
     */
    @Override
    public byte[] process(byte[] apdu) {
        byte[] response = inner.process(apdu);
        Duration delay = latency.of(response.length, signed(apdu, response));
        if (!delay.isZero()) {
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
        return response;
    }

    /** COMPUTE DIGITAL SIGNATURE answered with 9000: the card has applied its private key. */
    private static boolean signed(byte[] apdu, byte[] response) {
        return apdu.length >= 4 && (apdu[1] & 0xFF) == INS_COMPUTE_DIGITAL_SIGNATURE && response.length >= 2
                && ((response[response.length - 2] & 0xFF) << 8 | response[response.length - 1] & 0xFF) == SW_SUCCESS;
    }
}
