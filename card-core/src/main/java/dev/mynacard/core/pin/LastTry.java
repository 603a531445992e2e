/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

/** Whether a VERIFY may spend the PIN's last try. */
public enum LastTry {
    /** Check the counter first (one APDU, no try spent) and refuse when exactly one try is left. */
    REFUSE,
    /** Send the PIN whatever the counter says; a wrong PIN may then block it. */
    ALLOW
}
