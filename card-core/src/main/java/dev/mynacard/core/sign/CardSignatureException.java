/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.sign;

import dev.mynacard.apdu.CardIoException;

/**
 * The card returned a signature that does not verify against its certificate's public key: a
 * faulty card, a fault attack, or a certificate that does not belong to the key. The signature is
 * never handed out.
 */
public class CardSignatureException extends CardIoException {
    public CardSignatureException(String message) {
        super(message);
    }

    public CardSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
