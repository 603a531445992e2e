/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cert;

import java.io.IOException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;

/** Reads extensions with BouncyCastle's ASN.1 parser, turning any parse failure into a JCA exception. */
final class CertificateExtensions {
    private CertificateExtensions() {
    }

    /** The parsed value of an extension, or empty when the certificate does not have it. */
    static Optional<ASN1Primitive> value(X509Certificate certificate, String oid) throws CertificateParsingException {
        byte[] wrapped = certificate.getExtensionValue(oid);
        if (wrapped == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(wrapped).getOctets()));
        } catch (IOException | RuntimeException e) {
            throw new CertificateParsingException("extension " + oid + " is not well-formed DER", e);
        }
    }

    /** The policy identifiers of the certificatePolicies extension, in order; empty without one. */
    static List<String> policyOids(X509Certificate certificate) throws CertificateParsingException {
        Optional<ASN1Primitive> value = value(certificate, Extension.certificatePolicies.getId());
        List<String> oids = new ArrayList<>();
        if (value.isEmpty()) {
            return oids;
        }
        try {
            for (PolicyInformation policy : CertificatePolicies.getInstance(value.get()).getPolicyInformation()) {
                oids.add(policy.getPolicyIdentifier().getId());
            }
        } catch (RuntimeException e) {
            throw new CertificateParsingException("certificatePolicies is malformed", e);
        }
        return oids;
    }
}
