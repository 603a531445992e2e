/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates JPKI certificates against {@link TrustAnchors} and reports every check.
 *
 * <p>The checks are done one by one rather than through the JDK's PKIX {@code CertPathValidator}:
 * PKIX stops at the first problem with one exception, while a resident (or a log) needs every
 * check with its own reason; PKIX wants trust anchors as certificates or keys, while ours are
 * fingerprints whose certificates the card supplies; and a JPKI chain is a single step (root →
 * holder), so the checks are few. Validity is judged at one instant for certificate and root alike
 * — now, or "as of" the time an old signature was made.
 */
public final class CertificateValidator {
    private final TrustAnchors anchors;
    private final Clock clock;

    public CertificateValidator(TrustAnchors anchors) {
        this(anchors, Clock.systemUTC());
    }

    public CertificateValidator(TrustAnchors anchors, Clock clock) {
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TrustAnchors anchors() {
        return anchors;
    }

    public ValidationReport validate(ValidationRequest request) {
        X509Certificate certificate = request.certificate();
        CertificatePurpose purpose = request.purpose();
        Instant at = request.asOf().orElseGet(clock::instant);
        List<X509Certificate> candidates = new ArrayList<>(request.suppliedRoots());
        candidates.addAll(anchors.certificates());

        IssuerLookup.Result issuer = IssuerLookup.find(certificate, candidates, anchors);
        Optional<X509Certificate> root = issuer.root();
        Optional<X509Certificate> named = root.or(issuer::untrusted);
        Optional<TrustedRoot> anchor = root.flatMap(anchors::find);
        return new ValidationReport(certificate, Optional.of(purpose), at, anchor, List.of(
                issuer.chain(),
                issuer.signature(),
                RootChecks.trusted(named, anchor, Optional.of(purpose)),
                HierarchyCheck.of(certificate, named, anchors.testHierarchyEnabled()),
                ValidityCheck.at(CertificateCheck.VALIDITY, certificate, at),
                ValidityCheck.at(CertificateCheck.ROOT_VALIDITY, root, at),
                RootChecks.caConstraints(root),
                KeyPolicy.check(certificate.getPublicKey()),
                PurposeChecks.keyUsage(certificate, purpose),
                PurposeChecks.policy(certificate, purpose, anchors.testHierarchyEnabled()),
                PurposeChecks.criticalExtensions(certificate),
                RevocationCheck.of(certificate, root, request.crl(), at)), request.crl().isPresent());
    }

    /** A root on its own (e.g. the card's EF 000B): trusted, self-signed, valid now, a CA. */
    public ValidationReport validateRoot(X509Certificate root) {
        return validateRoot(root, clock.instant());
    }

    public ValidationReport validateRoot(X509Certificate root, Instant at) {
        Optional<TrustedRoot> anchor = anchors.find(root);
        Optional<X509Certificate> self = Optional.of(root);
        return new ValidationReport(root, Optional.empty(), at, anchor, List.of(
                RootChecks.trusted(self, anchor, Optional.empty()),
                Signatures.isSelfSigned(root)
                        ? Check.passed(CertificateCheck.SIGNATURE, CertificateReason.SIGNATURE_SELF_SIGNED, root.getSigAlgName())
                        : Check.failed(CertificateCheck.SIGNATURE, CertificateReason.SIGNATURE_NOT_SELF_SIGNED),
                HierarchyCheck.of(root, self, anchors.testHierarchyEnabled()),
                ValidityCheck.at(CertificateCheck.ROOT_VALIDITY, root, at),
                RootChecks.caConstraints(self)), false);
    }
}
