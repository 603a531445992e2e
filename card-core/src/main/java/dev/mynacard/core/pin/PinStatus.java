/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import java.util.Objects;

/**
 * A PIN's retry counter as the card reported it to the empty VERIFY (docs/protocol.md §3, §14).
 *
 * @param kind      which PIN
 * @param remaining tries left, 0 when blocked; the maximum when the card answered {@link
 *                  Reading#VERIFIED} (a correct PIN restored the counter) or {@link Reading#NO_LIMIT}
 * @param max       the counter's maximum
 * @param reading   what the card's answer was
 */
public record PinStatus(PinReference kind, int remaining, int max, Reading reading) {
    /** What the card answered to the empty VERIFY. */
    public enum Reading {
        /** {@code 63Cx}: x tries left (63C0, 6983 and 6984 all mean none). */
        TRIES_LEFT,
        /**
         * {@code 9000}: the PIN is verified in this session, so its counter is at its maximum; some
         * cards answer this, others {@code 63Cx} with the full count.
         */
        VERIFIED,
        /** {@code 6300}: the PIN has no retry limit. */
        NO_LIMIT
    }

    /** Whether the next wrong PIN matters. */
    public enum State {
        OK,
        /** One try left: a wrong PIN now blocks it. */
        LAST_TRY,
        /** No try left: only the city office (or for the sign password the official app) can reset it. */
        BLOCKED,
        /** Verified in this session; all tries left as far as the card tells. */
        VERIFIED,
        /** The card keeps no retry counter for this PIN. */
        NO_LIMIT
    }

    public PinStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reading, "reading");
        if (remaining < 0 || remaining > max) {
            throw new IllegalArgumentException("remaining tries " + remaining + " outside 0–" + max);
        }
        if (reading != Reading.TRIES_LEFT && remaining != max) {
            throw new IllegalArgumentException(reading + " leaves every try: " + remaining + " of " + max);
        }
    }

    /** A counter the card reported as {@code 63Cx} (or blocked). */
    public PinStatus(PinReference kind, int remaining, int max) {
        this(kind, remaining, max, Reading.TRIES_LEFT);
    }

    public State state() {
        return switch (reading) {
            case VERIFIED -> State.VERIFIED;
            case NO_LIMIT -> State.NO_LIMIT;
            case TRIES_LEFT -> switch (remaining) {
                case 0 -> State.BLOCKED;
                case 1 -> State.LAST_TRY;
                default -> State.OK;
            };
        };
    }
}
