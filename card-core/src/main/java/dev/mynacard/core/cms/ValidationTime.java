/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The instant a signer's certificate is validated at.
 *
 * <ul>
 * <li>{@link #now()} — the default: the certificate must be valid (and its root too) today.</li>
 * <li>{@link #signingTime()} — as of the signing-time attribute. That time is the signer's own
 *     claim, not a trusted timestamp: choose it only when the claim is acceptable, e.g. to check a
 *     signature made before a generation-1 root expired. Without the attribute, validation is now.</li>
 * <li>{@link #at(Instant)} — a time the caller trusts (a timestamp token, a record of receipt).</li>
 * </ul>
 */
public sealed interface ValidationTime {
    static ValidationTime now() {
        return new Now();
    }

    static ValidationTime signingTime() {
        return new SigningTime();
    }

    static ValidationTime at(Instant instant) {
        return new At(instant);
    }

    /** The instant to validate at, given the signer's signing time; empty means now. */
    Optional<Instant> instant(Optional<Instant> signingTime);

    record Now() implements ValidationTime {
        @Override
        public Optional<Instant> instant(Optional<Instant> signingTime) {
            return Optional.empty();
        }
    }

    record SigningTime() implements ValidationTime {
        @Override
        public Optional<Instant> instant(Optional<Instant> signingTime) {
            return signingTime;
        }
    }

    record At(Instant instant) implements ValidationTime {
        public At {
            Objects.requireNonNull(instant, "instant");
        }

        @Override
        public Optional<Instant> instant(Optional<Instant> signingTime) {
            return Optional.of(instant);
        }
    }
}
