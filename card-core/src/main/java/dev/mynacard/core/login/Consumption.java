/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

/** What happened when a challenge was presented to its store. */
public enum Consumption {
    /** Known, unexpired, unused: now used. */
    CONSUMED,
    /** Never issued here, or forgotten long after it expired. */
    UNKNOWN,
    /** Issued here but past its expiry. */
    EXPIRED,
    /** Issued here and already used once. */
    ALREADY_USED
}
