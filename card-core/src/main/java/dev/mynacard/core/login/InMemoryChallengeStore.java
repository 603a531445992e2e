/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Challenges in memory, for a relying party running as one process. Thread-safe: every operation
 * holds the store's lock, which makes {@link #consume} atomic. Bounded: at most {@code capacity}
 * entries. An entry stays one lifetime past its expiry, so that a late or replayed attempt is told
 * apart from a made-up one; such spent entries are dropped first when the store is full.
 */
public final class InMemoryChallengeStore implements ChallengeStore {
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    public static final int DEFAULT_CAPACITY = 10_000;
    private static final int CHALLENGE_BYTES = 32;

    private record Entry(Instant expiresAt, boolean used) {
    }

    private final Clock clock;
    private final Duration lifetime;
    private final int capacity;
    private final SecureRandom random = new SecureRandom();
    /** In order of issue, which is the order of expiry. */
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public InMemoryChallengeStore() {
        this(Clock.systemUTC(), DEFAULT_LIFETIME, DEFAULT_CAPACITY);
    }

    public InMemoryChallengeStore(Clock clock, Duration lifetime, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lifetime.isNegative() || lifetime.isZero() || capacity < 1) {
            throw new IllegalArgumentException("lifetime and capacity must be positive");
        }
        this.lifetime = lifetime;
        this.capacity = capacity;
    }

    /** @throws ChallengeStoreFullException when {@code capacity} challenges are still open */
    @Override
    public synchronized Challenge issue() {
        Instant now = clock.instant();
        forgetOld(now);
        if (entries.size() >= capacity) {
            entries.values().removeIf(entry -> entry.used() || !now.isBefore(entry.expiresAt()));
        }
        if (entries.size() >= capacity) {
            throw new ChallengeStoreFullException(capacity);
        }
        byte[] bytes = new byte[CHALLENGE_BYTES];
        random.nextBytes(bytes);
        Challenge challenge = new Challenge(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes),
                now.plus(lifetime));
        entries.put(challenge.value(), new Entry(challenge.expiresAt(), false));
        return challenge;
    }

    @Override
    public synchronized Consumption consume(String challenge) {
        Objects.requireNonNull(challenge, "challenge");
        Instant now = clock.instant();
        forgetOld(now);
        Entry entry = entries.get(challenge);
        Consumption result;
        if (entry == null) {
            result = Consumption.UNKNOWN;
        } else if (entry.used()) {
            result = Consumption.ALREADY_USED;
        } else if (!now.isBefore(entry.expiresAt())) {
            result = Consumption.EXPIRED;
        } else {
            entries.put(challenge, new Entry(entry.expiresAt(), true));
            result = Consumption.CONSUMED;
        }
        return result;
    }

    /** The number of entries held, spent ones included. */
    public synchronized int size() {
        return entries.size();
    }

    private void forgetOld(Instant now) {
        Iterator<Entry> oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext() && now.isAfter(oldestFirst.next().expiresAt().plus(lifetime))) {
            oldestFirst.remove();
        }
    }
}
