/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

/** Bytes that are not a CMS signature this verifier can check, or content given the wrong way. */
public final class CmsFormatException extends Exception {
    /** What is wrong with the input. */
    public enum Reason {
        /** Not DER-encoded CMS at all. */
        NOT_CMS,
        /** CMS, but not SignedData (e.g. EnvelopedData or plain data). */
        NOT_SIGNED_DATA,
        /** SignedData without any SignerInfo. */
        NO_SIGNER,
        /** More certificates or signers than any My Number Card signature has. */
        LIMIT_EXCEEDED,
        /** A detached signature verified without its content. */
        CONTENT_MISSING,
        /** Content supplied for a signature that carries its own. */
        CONTENT_ATTACHED
    }

    private final Reason reason;

    public CmsFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CmsFormatException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
