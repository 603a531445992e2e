/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

/** Bytes that are not a PDF this library reads, or a PDF it refuses to sign or verify. */
public final class PdfFormatException extends Exception {
    /** What is wrong with the input. */
    public enum Reason {
        /** No {@code %PDF-} header. */
        NOT_PDF,
        /** Larger than the size this library reads. */
        TOO_LARGE,
        /** PDFBox could not read it. */
        MALFORMED,
        /** Encrypted: signing or verifying it needs the password, which this library does not take. */
        ENCRYPTED,
        /** More signatures than any signed document plausibly has. */
        LIMIT_EXCEEDED
    }

    private final Reason reason;

    public PdfFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PdfFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
