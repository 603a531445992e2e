/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.io.IOException;

/** A root a {@link TrustStore} refuses, or a store that cannot be written. */
public final class TrustStoreException extends IOException {
    /** Why. */
    public enum Reason {
        /** Not a CA certificate that signs itself. */
        NOT_SELF_SIGNED_CA,
        /** A self-signed CA, but not named as a J-LIS root is. */
        NOT_A_JPKI_NAME,
        /** A root this library pins already: nothing to add. */
        ALREADY_PINNED,
        /** The store's directory or file cannot be written or removed. */
        NOT_WRITABLE
    }

    private final Reason reason;

    public TrustStoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TrustStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
