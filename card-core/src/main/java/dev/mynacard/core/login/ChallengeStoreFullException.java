/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

/** The store holds as many open challenges as it may; refusing a new one is safer than dropping old ones. */
public final class ChallengeStoreFullException extends IllegalStateException {
    public ChallengeStoreFullException(int capacity) {
        super("all " + capacity + " challenges are open; try again when some have expired");
    }
}
