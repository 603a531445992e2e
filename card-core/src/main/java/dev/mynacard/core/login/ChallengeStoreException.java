/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

/**
 * A {@link ConsumedChallengeStore} could not decide now (full, database unreachable). Not a verdict
 * on the token: the relying party answers "try again later" (HTTP 503), and the challenge stays
 * unused.
 */
public class ChallengeStoreException extends RuntimeException {
    public ChallengeStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
