/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.sign;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.SwException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.cert.CertificateReader;
import dev.mynacard.core.cert.JpkiCertificate;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinService;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Raw signatures with the JPKI keys: {@code 80 2A 00 97|9A Lc DigestInfo 00}, the card applying
 * PKCS#1 v1.5 padding. The PIN is verified first in the same exclusive operation, and every
 * signature is verified against the key's certificate before it is returned.
 *
 * <p>The certificates are read once per session (in the same operation as the first signature)
 * and kept until the session loses track of the card ({@link CardSession#epoch()}).
 */
public final class CardSigner {
    private static final int CLA_PROPRIETARY = 0x80;
    private static final int INS_COMPUTE_DIGITAL_SIGNATURE = 0x2A;

    private final CardSession session;
    private final PinService pins;
    private final CertificateReader certificates;
    private final Map<SigningKey, JpkiCertificate> known = new EnumMap<>(SigningKey.class);
    private long knownEpoch;

    public CardSigner(CardSession session, PinService pins, CertificateReader certificates) {
        this.session = Objects.requireNonNull(session, "session");
        this.pins = Objects.requireNonNull(pins, "pins");
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    /**
     * Signs a digest with one of the card's keys.
     *
     * @param digest the hash of the data, of {@code algorithm}'s length
     * @return the PKCS#1 v1.5 signature, verified against the key's certificate
     * @throws IllegalArgumentException            before any APDU, for a digest of the wrong length
     * @throws dev.mynacard.core.pin.PinFormatException before any APDU, for a malformed PIN
     * @throws CardSignatureException              the card's signature does not verify
     */
    public byte[] sign(SigningKey key, Pin pin, DigestAlgorithm algorithm, byte[] digest, LastTry lastTry)
            throws IOException {
        byte[] digestInfo = algorithm.digestInfo(digest);
        key.pin().format().check(pin);
        return session.exclusive(() -> {
            session.select(MynaApplication.JPKI);
            pins.verify(key.pin(), pin, lastTry);
            JpkiCertificate certificate = certificate(key);
            byte[] signature = SwException.check(session.send(CommandApdu.of(CLA_PROPRIETARY,
                    INS_COMPUTE_DIGITAL_SIGNATURE, 0x00, 0x80 | key.fid(), digestInfo, CommandApdu.MAX_SHORT_NE))).data();
            check(certificate.x509().getPublicKey(), digestInfo, signature);
            return signature;
        });
    }

    /**
     * The certificate of a key as this signer knows it, read (inside the caller's operation) when
     * not known yet; the SIGN certificate needs the sign password verified in that operation.
     */
    public JpkiCertificate certificate(SigningKey key) throws IOException {
        // The session's lock first, then this cache's: the same order as inside sign().
        return session.exclusive(() -> {
            synchronized (known) {
                if (knownEpoch != session.epoch()) {
                    known.clear();
                    knownEpoch = session.epoch();
                }
                JpkiCertificate certificate = known.get(key);
                if (certificate == null) {
                    certificate = certificates.read(key.certificate());
                    known.put(key, certificate);
                }
                return certificate;
            }
        });
    }

    private static void check(PublicKey key, byte[] digestInfo, byte[] signature) throws CardSignatureException {
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new CardSignatureException("cannot check a signature by a " + key.getAlgorithm() + " key");
        }
        int modulusLength = (rsa.getModulus().bitLength() + 7) / 8;
        if (signature.length != modulusLength) {
            throw new CardSignatureException("the card returned " + signature.length + " signature bytes; the key"
                    + " needs " + modulusLength);
        }
        boolean valid;
        try {
            Signature verifier = Signature.getInstance("NONEwithRSA");
            verifier.initVerify(rsa);
            verifier.update(digestInfo);
            valid = verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new CardSignatureException("the card's signature cannot be checked: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new CardSignatureException("the card's signature does not verify against its certificate");
        }
    }
}
