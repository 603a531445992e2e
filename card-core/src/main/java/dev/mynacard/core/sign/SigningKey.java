package dev.mynacard.core.sign;

import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.pin.PinKind;

/** The two private keys of the JPKI AP, the PIN that opens each and the certificate of each. */
public enum SigningKey {
    /** EF 0017, opened by the auth PIN. */
    AUTH(0x0017, PinKind.AUTH, CertificateSlot.AUTH),
    /** EF 001A, opened by the sign password. */
    SIGN(0x001A, PinKind.SIGN, CertificateSlot.SIGN);

    private final int fid;
    private final PinKind pin;
    private final CertificateSlot certificate;

    SigningKey(int fid, PinKind pin, CertificateSlot certificate) {
        this.fid = fid;
        this.pin = pin;
        this.certificate = certificate;
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
}
