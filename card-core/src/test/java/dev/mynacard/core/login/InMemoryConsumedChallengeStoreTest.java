/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class InMemoryConsumedChallengeStoreTest {
    private static final String A = "challenge-a-challenge-a";
    private static final String B = "challenge-b-challenge-b";
    private static final String C = "challenge-c-challenge-c";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:30:00Z"));
    private final InMemoryConsumedChallengeStore store = new InMemoryConsumedChallengeStore(clock, 2);

    @Test
    void aChallengeIsConsumedOnce() {
        assertTrue(store.consume(A, clock.instant().plusSeconds(60)));
        assertFalse(store.consume(A, clock.instant().plusSeconds(60)));
        assertEquals(1, store.size());
    }

    @Test
    void aFullStoreRefusesRatherThanForgetAnUnexpiredChallenge() {
        store.consume(A, clock.instant().plusSeconds(60));
        store.consume(B, clock.instant().plusSeconds(120));

        assertThrows(ChallengeStoreFullException.class, () -> store.consume(C, clock.instant().plusSeconds(60)));
        assertFalse(store.consume(A, clock.instant().plusSeconds(60)), "still known: a replay");
        clock.advance(Duration.ofSeconds(60));
        assertTrue(store.consume(C, clock.instant().plusSeconds(60)), "A's time is up, so there is room");
        assertFalse(store.consume(B, clock.instant()));
    }

    @Test
    void purgeForgetsOnlyExpiredEntries() {
        store.consume(A, clock.instant().plusSeconds(60));
        store.consume(B, clock.instant().plusSeconds(120));
        clock.advance(Duration.ofSeconds(90));

        assertEquals(1, store.purgeExpired());
        assertEquals(1, store.size());
        assertFalse(store.consume(B, clock.instant().plusSeconds(60)));
    }

    @Test
    void concurrentConsumersRecordTheChallengeExactlyOnce() throws Exception {
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            attempts.add(() -> store.consume(A, Instant.parse("2026-11-26T09:31:00Z")));
        }

        assertEquals(1, LoginFixtures.acceptedConcurrently(attempts));
    }
}
