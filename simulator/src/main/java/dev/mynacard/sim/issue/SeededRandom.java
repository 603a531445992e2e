/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Reproducible randomness for synthetic cards: one independent stream per (seed, purpose). Uses
 * the SUN provider's SHA1PRNG, which draws only on the seed when it is seeded before first use.
 * For test keys only: anyone who knows the seed can recompute them.
 */
final class SeededRandom {
    private SeededRandom() {
    }

    static SecureRandom forPurpose(long seed, String purpose) {
        try {
            byte[] material = MessageDigest.getInstance("SHA-256")
                    .digest(("dev.mynacard.sim.issue/" + purpose + "/" + seed).getBytes(StandardCharsets.UTF_8));
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG", "SUN");
            random.setSeed(material);
            return random;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA1PRNG or SHA-256 missing from the JDK", e);
        }
    }

    /** {@code count} decimal digits drawn from {@code random}. */
    static String digits(RandomGenerator random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
