/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import java.time.Instant;

/**
 * Where a relying party remembers the challenges that verified tokens have used, until they expire
 * (an expired challenge is refused anyway). Only {@link LoginVerifier} writes to it, and only
 * for a token whose signature and certificate chain verified. A store shared by several servers
 * (a database: {@link JdbcConsumedChallengeStore}) makes a token accepted by one refused by all.
 */
public interface ConsumedChallengeStore {
    /**
     * Records {@code challenge} as used, atomically: of any number of concurrent calls with one
     * challenge, on any server sharing the store, exactly one returns true.
     *
     * @param keepUntil when the record may be forgotten (the challenge's expiry plus clock skew)
     * @return true when this call recorded it; false when it was recorded before (a replay)
     * @throws ChallengeStoreException when the store cannot record it now (full, unreachable): try later
     */
    boolean consume(String challenge, Instant keepUntil);
}
