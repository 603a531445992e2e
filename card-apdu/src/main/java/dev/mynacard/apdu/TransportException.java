/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

/** The path to the card failed: no service, no reader, no card, card removed, reader busy, … */
public class TransportException extends CardIoException {
    /** What went wrong, so a caller can choose a message and an exit code. */
    public enum Reason {
        NO_SERVICE,
        NO_READER,
        READER_NOT_FOUND,
        NO_CARD,
        CARD_REMOVED,
        READER_IN_USE,
        READER_UNAVAILABLE,
        TIMEOUT,
        PROTOCOL,
        CLOSED,
        FAILED
    }

    private final Reason reason;

    public TransportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TransportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
