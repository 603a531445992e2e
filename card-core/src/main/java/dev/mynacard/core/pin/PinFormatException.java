/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

/**
 * A PIN does not have the format its kind requires. Thrown before any APDU is sent: a malformed
 * PIN would still cost a try on the card. The message states the rule, never the value.
 */
public class PinFormatException extends IllegalArgumentException {
    public PinFormatException(String message) {
        super(message);
    }
}
