/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.jca;

import java.io.IOException;

/** A card key needed a PIN and its protection parameter gave none (destroyed, cancelled, unsupported). */
public class PinUnavailableException extends IOException {
    public PinUnavailableException(String message) {
        super(message);
    }

    public PinUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
