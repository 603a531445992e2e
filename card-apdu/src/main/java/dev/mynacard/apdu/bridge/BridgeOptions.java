/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import java.time.Duration;
import java.util.Objects;

/**
 * How the bridge treats the phone once it is connected.
 *
 * @param apduTimeout how long one command may take from sending it to the whole answer having
 *     arrived. An RSA-2048 signature over NFC takes one to a few seconds, and the app's own
 *     "Delay for Card Response" (IsoDep timeout, 500 ms unless changed) must be raised for it;
 *     this timeout has to be longer than the app's, so that the app's verdict (it drops the
 *     connection when the card does not answer) arrives first. Default 10 s.
 * @param extendedLength what {@link BridgeTransport#supportsExtendedLength()} answers. Default
 *     {@code false}: the app passes commands to Android's IsoDep unchanged, and whether a phone's
 *     NFC controller carries an extended APDU (IsoDep.isExtendedLengthApduSupported) is not told
 *     over the vpcd protocol; short APDUs work on every phone.
 */
public record BridgeOptions(Duration apduTimeout, boolean extendedLength) {
    public static final Duration DEFAULT_APDU_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    public BridgeOptions {
        Objects.requireNonNull(apduTimeout, "apduTimeout");
        if (apduTimeout.isNegative() || apduTimeout.isZero() || apduTimeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("apduTimeout must be above 0 and at most an hour, not " + apduTimeout);
        }
    }

    /** A 10 s APDU timeout, short APDUs only. */
    public static BridgeOptions defaults() {
        return new BridgeOptions(DEFAULT_APDU_TIMEOUT, false);
    }

    public BridgeOptions withApduTimeout(Duration timeout) {
        return new BridgeOptions(timeout, extendedLength);
    }

    public BridgeOptions withExtendedLength(boolean on) {
        return new BridgeOptions(apduTimeout, on);
    }
}
