package dev.mynacard.core.trust;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cert.KeyUsage;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** Checks of the issuing root itself: is it trusted, and is it a CA. */
final class RootChecks {
    private static final String NO_ROOT = "no issuing root was found";

    private RootChecks() {
    }

    /**
     * {@code ROOT_TRUSTED}: the root's fingerprint must be pinned or added, and a pinned root's
     * purpose must be the one checked for (an authentication certificate under the signing root is
     * not an authentication certificate).
     */
    static Check trusted(Optional<X509Certificate> root, Optional<TrustedRoot> anchor,
                         Optional<CertificatePurpose> purpose) {
        if (root.isEmpty()) {
            return Check.notChecked(CertificateCheck.ROOT_TRUSTED, NO_ROOT);
        }
        Fingerprint fingerprint = Fingerprint.of(root.get());
        if (anchor.isEmpty()) {
            if (TrustAnchors.isSimulatorRoot(fingerprint)) {
                return Check.failed(CertificateCheck.ROOT_TRUSTED, "the root is the mynacard simulator's (SHA-256 "
                        + fingerprint + "), trusted only when the simulator hierarchy is enabled");
            }
            return Check.failed(CertificateCheck.ROOT_TRUSTED, "root not pinned: "
                    + root.get().getSubjectX500Principal().getName() + " serial "
                    + root.get().getSerialNumber().toString(16).toUpperCase() + ", SHA-256 " + fingerprint
                    + ". If it is a genuine J-LIS root (such as the generation-2 user-authentication root of"
                    + " cards issued 2019–2023, whose fingerprint is not pinned), download its file from J-LIS"
                    + " and add it as a trusted root");
        }
        TrustedRoot trusted = anchor.get();
        if (purpose.isPresent() && trusted.purpose().isPresent() && trusted.purpose().get() != purpose.get()) {
            return Check.failed(CertificateCheck.ROOT_TRUSTED, "the root is the " + trusted.label()
                    + ", which does not issue " + purpose.get() + " certificates");
        }
        return Check.passed(CertificateCheck.ROOT_TRUSTED, trusted.toString());
    }

    /** {@code CA_CONSTRAINTS}: basicConstraints CA:TRUE and keyUsage keyCertSign. */
    static Check caConstraints(Optional<X509Certificate> root) {
        if (root.isEmpty()) {
            return Check.notChecked(CertificateCheck.CA_CONSTRAINTS, NO_ROOT);
        }
        boolean ca = root.get().getBasicConstraints() >= 0;
        boolean certSign = KeyUsage.of(root.get().getKeyUsage()).contains(KeyUsage.KEY_CERT_SIGN);
        if (ca && certSign) {
            return Check.passed(CertificateCheck.CA_CONSTRAINTS, "CA:TRUE, keyCertSign");
        }
        return Check.failed(CertificateCheck.CA_CONSTRAINTS, "the root "
                + (ca ? "" : "is not marked CA:TRUE") + (ca || certSign ? "" : " and ")
                + (certSign ? "" : "may not sign certificates (no keyCertSign)"));
    }
}
