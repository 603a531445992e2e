/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Logged-in sessions of this instance, in memory: at most {@code capacity} (the oldest goes when a
 * new one would exceed it), each valid for {@code lifetime}. Session IDs are 256 random bits.
 *
 * @param <T> what a session remembers (the holder)
 */
final class Sessions<T> {
    private record Entry<T>(T value, Instant expiresAt) {
    }

    private final Map<String, Entry<T>> sessions;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Sessions(int capacity, Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.sessions = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<T>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A new session for {@code value}; returns its ID. */
    synchronized String open(T value) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(id, new Entry<>(value, clock.instant().plus(lifetime)));
        return id;
    }

    synchronized Optional<T> find(String id) {
        Entry<T> entry = sessions.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    synchronized void close(String id) {
        sessions.remove(id);
    }

    Duration lifetime() {
        return lifetime;
    }
}
