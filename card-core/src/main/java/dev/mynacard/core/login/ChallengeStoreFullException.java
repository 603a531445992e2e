/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

/**
 * The store holds as many unexpired used challenges as it may. Refusing is safer than forgetting
 * one early: a forgotten challenge could be replayed until it expires.
 */
public final class ChallengeStoreFullException extends ChallengeStoreException {
    public ChallengeStoreFullException(int capacity) {
        super("all " + capacity + " places hold unexpired used challenges; try again when some have expired", null);
    }
}
