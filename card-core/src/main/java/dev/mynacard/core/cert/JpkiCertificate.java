/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * A parsed view of a JPKI certificate (or of its CA): the facts a resident or an integrator asks
 * about, next to the JCA certificate they came from. Names are in RFC 2253 form.
 *
 * @param x509         the certificate itself
 * @param purpose      auth, sign, CA or unknown (by basic constraints and policy OID)
 * @param policyOids   the certificatePolicies identifiers, in order
 */
public record JpkiCertificate(
        X509Certificate x509,
        CertificatePurpose purpose,
        String subject,
        String issuer,
        BigInteger serialNumber,
        Instant notBefore,
        Instant notAfter,
        Set<KeyUsage> keyUsage,
        List<String> policyOids) {

    public JpkiCertificate {
        Objects.requireNonNull(x509, "x509");
        Objects.requireNonNull(purpose, "purpose");
        keyUsage = Set.copyOf(keyUsage);
        policyOids = List.copyOf(policyOids);
    }

    /**
     * The view of a JCA certificate.
     *
     * @throws java.security.cert.CertificateParsingException when an extension it reads is malformed
     */
    public static JpkiCertificate of(X509Certificate certificate) throws CertificateException {
        List<String> policies = CertificateExtensions.policyOids(certificate);
        return new JpkiCertificate(certificate,
                CertificatePurpose.of(certificate.getBasicConstraints() >= 0, policies),
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getSerialNumber(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                KeyUsage.of(certificate.getKeyUsage()),
                policies);
    }

    /** Parses a DER certificate (exactly one, no trailing bytes). */
    public static JpkiCertificate parse(byte[] der) throws CertificateException {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (RuntimeException e) {
            throw new CertificateException("not an X.509 certificate", e);
        }
        if (!Arrays.equals(certificate.getEncoded(), der)) {
            throw new CertificateException("the bytes are not exactly one DER certificate");
        }
        return of(certificate);
    }

    /** The DER encoding. */
    public byte[] encoded() {
        try {
            return x509.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate cannot be encoded", e);
        }
    }

    /** The holder's facts from the subjectAltName; only signing certificates carry them. */
    public HolderInfo holder() throws CertificateException {
        return HolderInfo.of(x509);
    }
}
