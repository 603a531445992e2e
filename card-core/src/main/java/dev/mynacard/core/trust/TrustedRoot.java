/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A root the verifier trusts, identified by its fingerprint alone. A pinned J-LIS root comes
 * without its certificate (the card supplies it, and is believed only if the fingerprints match);
 * a root the user added from a file comes with it.
 *
 * @param purpose    the purpose of the certificates it issues, when known
 * @param generation the J-LIS root generation (1 = 2015, 2 = 2019, 3 = 2023), when known
 * @param validity   when the root is valid, when known
 */
public record TrustedRoot(Fingerprint fingerprint, String label, Hierarchy hierarchy,
                          Optional<CertificatePurpose> purpose, OptionalInt generation,
                          Optional<RootValidity> validity, Optional<X509Certificate> certificate) {
    public TrustedRoot {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hierarchy, "hierarchy");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(certificate, "certificate");
        if (certificate.isPresent() && !Fingerprint.of(certificate.get()).equals(fingerprint)) {
            throw new IllegalArgumentException("the certificate does not have fingerprint " + fingerprint);
        }
    }

    static TrustedRoot pinned(String hex, String label, Hierarchy hierarchy, CertificatePurpose purpose,
                              OptionalInt generation, Optional<RootValidity> validity) {
        return new TrustedRoot(new Fingerprint(hex), label, hierarchy, Optional.of(purpose), generation, validity,
                Optional.empty());
    }

    /** A root taken as given (from a file), trusted for whatever purpose its certificates declare. */
    static TrustedRoot added(X509Certificate root, Hierarchy hierarchy) {
        return new TrustedRoot(Fingerprint.of(root), "added root " + root.getSubjectX500Principal().getName(),
                hierarchy, Optional.empty(), OptionalInt.empty(), Optional.of(RootValidity.of(root)),
                Optional.of(root));
    }

    /**
     * A J-LIS root the user added to a {@link TrustStore}: trusted for the purpose its name states,
     * its generation told by the year it begins.
     */
    static TrustedRoot stored(X509Certificate root, CertificatePurpose purpose) {
        RootValidity validity = RootValidity.of(root);
        OptionalInt generation = JpkiRootName.generation(root);
        String label = JpkiRootName.label(purpose, generation, validity.from().getYear(), validity.until().getYear());
        return new TrustedRoot(Fingerprint.of(root), label, Hierarchy.PRODUCTION, Optional.of(purpose), generation,
                Optional.of(validity), Optional.of(root));
    }

    /** True for a root this library pins (the J-LIS roots, the simulator's), false for one the user added. */
    public boolean isPinned() {
        return PinnedRoots.JLIS.stream().anyMatch(pin -> pin.fingerprint().equals(fingerprint))
                || TrustAnchors.isSimulatorRoot(fingerprint);
    }

    /** This root with its certificate attached (a pinned root whose file the user added). */
    TrustedRoot withCertificate(X509Certificate root) {
        return new TrustedRoot(fingerprint, label, hierarchy, purpose, generation, validity, Optional.of(root));
    }

    @Override
    public String toString() {
        return label + " (SHA-256 " + fingerprint + ")";
    }
}
