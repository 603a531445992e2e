/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import dev.mynacard.core.pin.PinKind;
import java.util.Optional;

/** The four certificate EFs of the JPKI AP (docs/protocol.md §2). */
public enum CertificateSlot {
    /** 利用者証明用電子証明書, free to read. */
    AUTH(0x000A, CertificatePurpose.AUTH, null),
    /** 署名用電子証明書: the sign password must be verified first (else 6982). */
    SIGN(0x0001, CertificatePurpose.SIGN, PinKind.SIGN),
    /** The root CA of the auth certificate. */
    AUTH_CA(0x000B, CertificatePurpose.CA, null),
    /** The root CA of the sign certificate. */
    SIGN_CA(0x0002, CertificatePurpose.CA, null);

    private final int fid;
    private final CertificatePurpose purpose;
    private final PinKind requiredPin;

    CertificateSlot(int fid, CertificatePurpose purpose, PinKind requiredPin) {
        this.fid = fid;
        this.purpose = purpose;
        this.requiredPin = requiredPin;
    }

    public int fid() {
        return fid;
    }

    /** The purpose the certificate in this slot must have. */
    public CertificatePurpose purpose() {
        return purpose;
    }

    /** The PIN to verify before reading, if any. */
    public Optional<PinKind> requiredPin() {
        return Optional.ofNullable(requiredPin);
    }
}
