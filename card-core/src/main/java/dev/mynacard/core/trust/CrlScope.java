/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;

/**
 * Whether a genuine, current CRL can say that a certificate is not revoked (RFC 5280 §5.2, §6.3.3):
 * a complete CRL (not a delta), without critical extensions this library does not process, whose
 * issuingDistributionPoint — if any — covers the certificate: its kind (CA or end entity), every
 * reason, no other issuer, and one of the certificate's CRL distribution points. A CRL that does
 * not cover the certificate must not be read as "not listed, so not revoked".
 */
final class CrlScope {
    private static final Set<String> UNDERSTOOD = Set.of(Extension.authorityKeyIdentifier.getId(),
            Extension.cRLNumber.getId(), Extension.issuingDistributionPoint.getId());
    private static final Set<String> UNDERSTOOD_IN_ENTRIES = Set.of(Extension.reasonCode.getId(),
            Extension.invalidityDate.getId());

    private CrlScope() {
    }

    /** A "not checked" revocation check saying why the CRL does not cover the certificate; empty when it does. */
    static Optional<Check> problem(X509CRL crl, X509Certificate certificate) {
        if (crl.getExtensionValue(Extension.deltaCRLIndicator.getId()) != null) {
            return notChecked(CertificateReason.REVOCATION_DELTA);
        }
        Set<String> unknown = unknown(crl.getCriticalExtensionOIDs(), UNDERSTOOD);
        if (!unknown.isEmpty()) {
            return notChecked(CertificateReason.REVOCATION_CRITICAL_EXTENSION, unknown);
        }
        Set<? extends X509CRLEntry> entries = crl.getRevokedCertificates();
        for (X509CRLEntry entry : entries == null ? Set.<X509CRLEntry>of() : entries) {
            Set<String> unknownInEntry = unknown(entry.getCriticalExtensionOIDs(), UNDERSTOOD_IN_ENTRIES);
            if (!unknownInEntry.isEmpty()) {
                return notChecked(CertificateReason.REVOCATION_CRITICAL_ENTRY_EXTENSION,
                        entry.getSerialNumber().toString(16).toUpperCase(), unknownInEntry);
            }
        }
        byte[] idp = crl.getExtensionValue(Extension.issuingDistributionPoint.getId());
        if (idp == null) {
            return Optional.empty();
        }
        try {
            return coverage(IssuingDistributionPoint.getInstance(ASN1OctetString.getInstance(idp).getOctets()),
                    certificate);
        } catch (RuntimeException malformed) {
            return notChecked(CertificateReason.REVOCATION_SCOPE_MALFORMED);
        }
    }

    private static Optional<Check> coverage(IssuingDistributionPoint idp, X509Certificate certificate) {
        boolean ca = certificate.getBasicConstraints() >= 0;
        if (idp.onlyContainsCACerts() && !ca) {
            return notChecked(CertificateReason.REVOCATION_ONLY_CA);
        }
        if (idp.onlyContainsUserCerts() && ca) {
            return notChecked(CertificateReason.REVOCATION_ONLY_USER);
        }
        if (idp.onlyContainsAttributeCerts()) {
            return notChecked(CertificateReason.REVOCATION_ONLY_ATTRIBUTE);
        }
        if (idp.getOnlySomeReasons() != null) {
            return notChecked(CertificateReason.REVOCATION_SOME_REASONS);
        }
        if (idp.isIndirectCRL()) {
            return notChecked(CertificateReason.REVOCATION_INDIRECT);
        }
        DistributionPointName partition = idp.getDistributionPoint();
        if (partition == null) {
            return Optional.empty();
        }
        List<DistributionPointName> points = distributionPoints(certificate);
        if (points.stream().anyMatch(point -> sameName(point, partition))) {
            return Optional.empty();
        }
        return notChecked(CertificateReason.REVOCATION_OTHER_PARTITION, describe(partition));
    }

    /** The names of the certificate's CRL distribution points; none when it has none or they are malformed. */
    private static List<DistributionPointName> distributionPoints(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        List<DistributionPointName> names = new ArrayList<>();
        if (extension == null) {
            return names;
        }
        try {
            for (DistributionPoint point : CRLDistPoint.getInstance(
                    ASN1OctetString.getInstance(extension).getOctets()).getDistributionPoints()) {
                if (point.getDistributionPoint() != null) {
                    names.add(point.getDistributionPoint());
                }
            }
        } catch (RuntimeException malformed) {
            names.clear();
        }
        return names;
    }

    /** Full names match when they share a name (RFC 5280 §6.3.3 b.2.i); relative names must be equal. */
    private static boolean sameName(DistributionPointName a, DistributionPointName b) {
        if (a.getType() == DistributionPointName.FULL_NAME && b.getType() == DistributionPointName.FULL_NAME) {
            List<GeneralName> names = Arrays.asList(GeneralNames.getInstance(a.getName()).getNames());
            return Arrays.stream(GeneralNames.getInstance(b.getName()).getNames()).anyMatch(names::contains);
        }
        return a.equals(b);
    }

    private static String describe(DistributionPointName point) {
        return point.getType() == DistributionPointName.FULL_NAME
                ? Arrays.stream(GeneralNames.getInstance(point.getName()).getNames())
                        .map(name -> String.valueOf(name.getName())).collect(Collectors.joining(", "))
                : String.valueOf(point.getName());
    }

    private static Set<String> unknown(Set<String> critical, Set<String> understood) {
        Set<String> unknown = new TreeSet<>();
        if (critical != null) {
            critical.stream().filter(oid -> !understood.contains(oid)).forEach(unknown::add);
        }
        return unknown;
    }

    private static Optional<Check> notChecked(CertificateReason reason, Object... args) {
        return Optional.of(Check.notChecked(CertificateCheck.REVOCATION, reason, args));
    }
}
