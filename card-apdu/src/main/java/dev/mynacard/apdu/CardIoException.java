/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.io.IOException;

/** Any failure talking to a card: a transport that broke or a card that refused a command. */
public class CardIoException extends IOException {
    public CardIoException(String message) {
        super(message);
    }

    public CardIoException(String message, Throwable cause) {
        super(message, cause);
    }
}
