/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryChallengeStoreTest {
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00Z"));
    private final InMemoryChallengeStore store = new InMemoryChallengeStore(clock, LIFETIME, 3);

    @Test
    void challengesAre256BitBase64UrlUniqueAndExpireAfterTheirLifetime() {
        Challenge first = store.issue();
        Challenge second = store.issue();

        assertTrue(first.value().matches("[A-Za-z0-9_-]{43}"), first.value());
        assertNotEquals(first.value(), second.value());
        assertEquals(clock.instant().plus(LIFETIME), first.expiresAt());
    }

    @Test
    void challengeIsConsumedExactlyOnce() {
        String challenge = store.issue().value();

        assertEquals(Consumption.CONSUMED, store.consume(challenge));
        assertEquals(Consumption.ALREADY_USED, store.consume(challenge));
        assertEquals(Consumption.UNKNOWN, store.consume("never-issued-never-issued"));
    }

    @Test
    void expiredChallengeIsToldApartUntilForgotten() {
        String challenge = store.issue().value();

        clock.advance(LIFETIME);
        assertEquals(Consumption.EXPIRED, store.consume(challenge));
        clock.advance(LIFETIME.plusSeconds(1));
        assertEquals(Consumption.UNKNOWN, store.consume(challenge));
        assertEquals(0, store.size());
    }

    @Test
    void fullStoreRefusesNewChallengesUntilSomeAreSpent() {
        String first = store.issue().value();
        store.issue();
        store.issue();

        assertThrows(ChallengeStoreFullException.class, store::issue);
        store.consume(first);
        store.issue();
        assertThrows(ChallengeStoreFullException.class, store::issue);
        clock.advance(LIFETIME);
        store.issue();
        assertEquals(1, store.size());
    }

    @Test
    void sizeStaysBoundedOverTime() {
        InMemoryChallengeStore busy = new InMemoryChallengeStore(clock, LIFETIME, 50);
        for (int i = 0; i < 1_000; i++) {
            busy.consume(busy.issue().value());
            clock.advance(Duration.ofSeconds(30));
        }

        assertTrue(busy.size() <= 21, "entries older than two lifetimes are forgotten: " + busy.size());
    }

    @Test
    void concurrentConsumersGetTheChallengeExactlyOnce() throws Exception {
        InMemoryChallengeStore shared = new InMemoryChallengeStore(clock, LIFETIME, 10);
        String challenge = shared.issue().value();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Consumption>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return shared.consume(challenge);
                }));
            }
            start.countDown();
            int consumed = 0;
            for (Future<Consumption> result : results) {
                Consumption consumption = result.get(10, TimeUnit.SECONDS);
                consumed += consumption == Consumption.CONSUMED ? 1 : 0;
                assertTrue(consumption == Consumption.CONSUMED || consumption == Consumption.ALREADY_USED);
            }
            assertEquals(1, consumed);
        } finally {
            pool.shutdownNow();
        }
    }
}
