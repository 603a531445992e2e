/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

/**
 * Where a relying party keeps its login challenges. Implementations must make {@link #consume}
 * atomic: of any number of concurrent calls with one challenge, exactly one sees {@code CONSUMED}.
 * A store shared by several servers (a database, Redis) implements this against that store.
 */
public interface ChallengeStore {
    /** A fresh, unpredictable challenge (at least 128 bits, base64url) with its expiry. */
    Challenge issue();

    /** Uses the challenge up if it is known, unexpired and unused; says which otherwise. */
    Consumption consume(String challenge);
}
