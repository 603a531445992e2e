/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SessionsTest {
    @Test
    void theOldestSessionGoesWhenTheCapacityIsReached() {
        Sessions<String> sessions = new Sessions<>(2, Duration.ofMinutes(30), Clock.systemUTC());
        String first = sessions.open("a");
        String second = sessions.open("b");
        String third = sessions.open("c");
        assertNotEquals(first, second);
        assertEquals(Optional.empty(), sessions.find(first));
        assertEquals(Optional.of("b"), sessions.find(second));
        assertEquals(Optional.of("c"), sessions.find(third));
    }

    @Test
    void aSessionEndsAtItsLifetimeOrWhenClosed() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T12:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        Sessions<String> sessions = new Sessions<>(10, Duration.ofMinutes(30), clock);
        String expiring = sessions.open("a");
        String closed = sessions.open("b");
        now.set(now.get().plus(Duration.ofMinutes(29)));
        assertEquals(Optional.of("a"), sessions.find(expiring));
        sessions.close(closed);
        assertEquals(Optional.empty(), sessions.find(closed));
        now.set(now.get().plus(Duration.ofMinutes(1)));
        assertEquals(Optional.empty(), sessions.find(expiring));
        assertEquals(Optional.empty(), sessions.find("made-up"));
    }
}
