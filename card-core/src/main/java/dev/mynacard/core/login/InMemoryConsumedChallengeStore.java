/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Used challenges in memory, for a relying party running as one process. Thread-safe: every
 * operation holds the store's lock, which makes {@link #consume} atomic.
 *
 * <p>Bounded: at most {@code capacity} entries. When full, the expired ones are dropped; when all
 * are unexpired, {@link #consume} throws {@link ChallengeStoreFullException} rather than evicting
 * one, since an evicted challenge could be replayed until it expires. Only tokens with a verified
 * signature and certificate chain reach the store, so filling it takes that many logins with real
 * cards (each with its PIN) within one challenge lifetime: the default 100,000 in five minutes
 * is over 300 logins a second, a load for which a shared {@link JdbcConsumedChallengeStore} is the
 * right tool anyway.
 */
public final class InMemoryConsumedChallengeStore implements ConsumedChallengeStore {
    public static final int DEFAULT_CAPACITY = 100_000;

    private final Clock clock;
    private final int capacity;
    private final Map<String, Instant> keepUntil = new HashMap<>();

    public InMemoryConsumedChallengeStore() {
        this(Clock.systemUTC(), DEFAULT_CAPACITY);
    }

    public InMemoryConsumedChallengeStore(Clock clock, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** @throws ChallengeStoreFullException when {@code capacity} unexpired challenges are held */
    @Override
    public synchronized boolean consume(String challenge, Instant until) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(until, "until");
        if (keepUntil.containsKey(challenge)) {
            return false;
        }
        if (keepUntil.size() >= capacity) {
            purgeExpired();
        }
        if (keepUntil.size() >= capacity) {
            throw new ChallengeStoreFullException(capacity);
        }
        keepUntil.put(challenge, until);
        return true;
    }

    /** Forgets the challenges whose keep-until time has passed; returns how many. */
    public synchronized int purgeExpired() {
        Instant now = clock.instant();
        int before = keepUntil.size();
        keepUntil.values().removeIf(until -> !now.isBefore(until));
        return before - keepUntil.size();
    }

    /** The number of challenges held. */
    public synchronized int size() {
        return keepUntil.size();
    }
}
