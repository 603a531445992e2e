/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.sign;

import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.pin.PinKind;

/** The two private keys of the JPKI AP, the PIN that opens each, its certificate and the card's root for it. */
public enum SigningKey {
    /** EF 0017, opened by the auth PIN. */
    AUTH(0x0017, PinKind.AUTH, CertificateSlot.AUTH, CertificateSlot.AUTH_CA),
    /** EF 001A, opened by the sign password. */
    SIGN(0x001A, PinKind.SIGN, CertificateSlot.SIGN, CertificateSlot.SIGN_CA);

    private final int fid;
    private final PinKind pin;
    private final CertificateSlot certificate;
    private final CertificateSlot root;

    SigningKey(int fid, PinKind pin, CertificateSlot certificate, CertificateSlot root) {
        this.fid = fid;
        this.pin = pin;
        this.certificate = certificate;
        this.root = root;
    }

    public int fid() {
        return fid;
    }

    public PinKind pin() {
        return pin;
    }

    public CertificateSlot certificate() {
        return certificate;
    }

    /** The EF holding the root that issued {@link #certificate()} (000B for auth, 0002 for sign). */
    public CertificateSlot root() {
        return root;
    }
}
