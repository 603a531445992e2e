/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import java.util.Objects;

/**
 * A PIN's retry counter as the card reported it.
 *
 * @param kind      which PIN
 * @param remaining tries left, 0 when blocked
 * @param max       the counter's maximum
 */
public record PinStatus(PinReference kind, int remaining, int max) {
    /** Whether the next wrong PIN matters. */
    public enum State {
        OK,
        /** One try left: a wrong PIN now blocks it. */
        LAST_TRY,
        /** No try left: only the city office (or for the sign password the official app) can reset it. */
        BLOCKED
    }

    public PinStatus {
        Objects.requireNonNull(kind, "kind");
        if (remaining < 0 || remaining > max) {
            throw new IllegalArgumentException("remaining tries " + remaining + " outside 0–" + max);
        }
    }

    public State state() {
        return switch (remaining) {
            case 0 -> State.BLOCKED;
            case 1 -> State.LAST_TRY;
            default -> State.OK;
        };
    }
}
