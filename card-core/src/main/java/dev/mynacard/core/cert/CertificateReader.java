/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import dev.mynacard.apdu.NotFoundException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinService;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the JPKI certificates with the fewest APDUs: SELECT of the JPKI AP (unless selected) and
 * one extended READ BINARY by short EF identifier, or without extended length a 256-byte READ and
 * the rest sized from the DER header. The certificate is cut from the EF by its DER length (the EF
 * carries filler after it); a length beyond {@value #MAX_CERTIFICATE_LENGTH} bytes is refused.
 */
public final class CertificateReader {
    /** The largest certificate the reader accepts (the J-LIS certificates are about 1.3–2 KB). */
    public static final int MAX_CERTIFICATE_LENGTH = 8192;

    private final CardSession session;
    private final PinService pins;

    public CertificateReader(CardSession session, PinService pins) {
        this.session = Objects.requireNonNull(session, "session");
        this.pins = Objects.requireNonNull(pins, "pins");
    }

    /**
     * Reads and parses the certificate in a slot. The SIGN slot needs the sign password verified in
     * the same exclusive operation (else {@link dev.mynacard.apdu.SecurityStatusException}); use
     * {@link #readSign} for both at once.
     *
     * @throws MalformedCardResponseException when the EF holds no certificate the JCA parses
     */
    public JpkiCertificate read(CertificateSlot slot) throws IOException {
        byte[] der = readDer(slot);
        try {
            return JpkiCertificate.parse(der);
        } catch (CertificateException e) {
            throw new MalformedCardResponseException("EF " + String.format("%04X", slot.fid())
                    + " does not hold an X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** The DER bytes of the certificate in a slot, without the EF's filler. */
    public byte[] readDer(CertificateSlot slot) throws IOException {
        return session.exclusive(() -> session.readObject(MynaApplication.JPKI, slot.fid(), MAX_CERTIFICATE_LENGTH));
    }

    /**
     * Verifies the sign password and reads the signing certificate in one operation; empty when the
     * card has no signing certificate (holders under 15: no password EF or certificate EF, 6A82).
     */
    public Optional<JpkiCertificate> readSign(Pin password, LastTry lastTry) throws IOException {
        PinKind.SIGN.format().check(password);
        return session.exclusive(() -> {
            session.select(MynaApplication.JPKI);
            try {
                pins.verify(PinKind.SIGN, password, lastTry);
                return Optional.of(read(CertificateSlot.SIGN));
            } catch (NotFoundException noSignCertificate) {
                return Optional.empty();
            }
        });
    }
}
