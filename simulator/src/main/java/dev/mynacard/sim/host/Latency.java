/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a real card would take: a fixed cost per command APDU (transmission and the card's
 * processing), a cost per byte of the response (data and status word, e.g. 40 µs at the contact
 * interface's usual speed), and the extra cost of an RSA-2048 signature (COMPUTE DIGITAL
 * SIGNATURE, a few hundred milliseconds on a real chip). {@link #NONE} is the instant card.
 *
 * @param perApdu      added to every command
 * @param perByte      added per response byte
 * @param perSignature added to every COMPUTE DIGITAL SIGNATURE the card answers with a signature
 */
public record Latency(Duration perApdu, Duration perByte, Duration perSignature) {
    /** The most any one of the three may be: a minute. */
    public static final Duration MAX = Duration.ofMinutes(1);
    /** The simulated card as it is: no modelled delay. */
    public static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public Latency {
        requireWithinBounds(Objects.requireNonNull(perApdu, "perApdu"), "perApdu");
        requireWithinBounds(Objects.requireNonNull(perByte, "perByte"), "perByte");
        requireWithinBounds(Objects.requireNonNull(perSignature, "perSignature"), "perSignature");
    }

    /** From the command line's units: milliseconds per APDU, microseconds per byte, milliseconds per signature. */
    public static Latency of(long apduMillis, long byteMicros, long signatureMillis) {
        return new Latency(Duration.ofMillis(apduMillis), Duration.ofNanos(byteMicros * 1000), Duration.ofMillis(signatureMillis));
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** What one exchange costs: {@code responseLength} bytes back, and whether the card signed. */
    public Duration of(int responseLength, boolean signed) {
        Duration cost = perApdu.plus(perByte.multipliedBy(responseLength));
        return signed ? cost.plus(perSignature) : cost;
    }

    private static void requireWithinBounds(Duration value, String name) {
        if (value.isNegative() || value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(name + " must be from 0 to 1 minute, not " + value);
        }
    }
}
