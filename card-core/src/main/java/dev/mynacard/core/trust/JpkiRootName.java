/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * What a J-LIS root looks like (docs/protocol.md §13): self-signed, its name exactly
 * {@code C=JP, O=JPKI, OU=JPKI for user authentication|JPKI for digital signature, OU=Japan Agency
 * for Local Authority Information Systems}, the same for every generation; a generation begins every
 * four years (2015, 2019, 2023). The name only says what a root claims to be: trust still comes from
 * the fingerprint, pinned or added by the user.
 */
final class JpkiRootName {
    static final String AGENCY = "Japan Agency for Local Authority Information Systems";
    private static final Map<String, CertificatePurpose> PURPOSE_UNITS = Map.of(
            "JPKI for user authentication", CertificatePurpose.AUTH,
            "JPKI for digital signature", CertificatePurpose.SIGN);
    private static final Map<Integer, Integer> GENERATION_BY_YEAR = Map.of(2015, 1, 2019, 2, 2023, 3);

    private JpkiRootName() {
    }

    /** The purpose a self-signed certificate with a J-LIS root's name serves; empty for any other name. */
    static Optional<CertificatePurpose> purpose(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
            return Optional.empty();
        }
        Set<String> attributes = new HashSet<>();
        try {
            for (RDN rdn : X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs()) {
                if (rdn.isMultiValued() || !(rdn.getFirst().getValue() instanceof ASN1String value)) {
                    return Optional.empty();
                }
                attributes.add(BCStyle.INSTANCE.oidToDisplayName(rdn.getFirst().getType()) + "=" + value.getString());
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return PURPOSE_UNITS.entrySet().stream()
                .filter(unit -> attributes.equals(Set.of("C=JP", "O=JPKI", "OU=" + unit.getKey(), "OU=" + AGENCY)))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The generation a J-LIS root begins by the year it starts; empty for a year that began none known here. */
    static OptionalInt generation(X509Certificate root) {
        Integer generation = GENERATION_BY_YEAR.get(LocalDate.ofInstant(root.getNotBefore().toInstant(), ZoneOffset.UTC)
                .getYear());
        return generation == null ? OptionalInt.empty() : OptionalInt.of(generation);
    }

    /** E.g. {@code J-LIS user authentication root, generation 2 (2019–2029)}. */
    static String label(CertificatePurpose purpose, OptionalInt generation, int from, int to) {
        String what = purpose == CertificatePurpose.AUTH ? "user authentication" : "digital signature";
        String which = generation.isPresent() ? ", generation " + generation.getAsInt() : "";
        return "J-LIS " + what + " root" + which + " (" + from + "–" + to + ")";
    }
}
