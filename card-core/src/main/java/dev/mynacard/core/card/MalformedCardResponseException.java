/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import dev.mynacard.apdu.CardIoException;

/**
 * The card answered with a status word the library accepts but data it cannot accept: too short,
 * too long, a length field beyond the sane bound, a structure that does not parse. The message
 * describes the structure, never the data (it may be personal).
 */
public class MalformedCardResponseException extends CardIoException {
    public MalformedCardResponseException(String message) {
        super(message);
    }

    public MalformedCardResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
