/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import java.io.IOException;

/** The signature the card made does not verify over the signed PDF with the signer's certificate; nothing is returned. */
public final class PdfSigningException extends IOException {
    public PdfSigningException(String message) {
        super(message);
    }

    public PdfSigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
