package dev.mynacard.core.trust;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * Finds the root that issued a certificate among the candidates: by name first, then by the
 * signature — the name alone proves nothing, since all generations of a J-LIS root share it.
 */
final class IssuerLookup {
    /** The issuing root, if one was found, and the {@code CHAIN} and {@code SIGNATURE} checks. */
    record Result(Optional<X509Certificate> root, Check chain, Check signature) {
    }

    private IssuerLookup() {
    }

    static Result find(X509Certificate certificate, List<X509Certificate> candidates) {
        X500Principal issuer = certificate.getIssuerX500Principal();
        List<X509Certificate> named = candidates.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(issuer))
                .toList();
        if (named.isEmpty()) {
            return new Result(Optional.empty(),
                    Check.failed(CertificateCheck.CHAIN, "no root named " + issuer.getName()
                            + " was supplied or added: supply the card's root certificate (EF 000B for"
                            + " authentication, EF 0002 for signing) or add the root file"),
                    Check.notChecked(CertificateCheck.SIGNATURE, "no issuer key to check it with"));
        }
        for (X509Certificate root : named) {
            if (Signatures.verifies(certificate, root.getPublicKey())) {
                String which = "root SHA-256 " + Fingerprint.of(root);
                return new Result(Optional.of(root),
                        Check.passed(CertificateCheck.CHAIN, "issued by " + issuer.getName() + ", " + which),
                        Check.passed(CertificateCheck.SIGNATURE,
                                certificate.getSigAlgName() + " signature verifies with the key of " + which));
            }
        }
        String count = named.size() == 1 ? "the root" : "none of the " + named.size() + " roots";
        return new Result(Optional.empty(),
                Check.failed(CertificateCheck.CHAIN, count + " named " + issuer.getName()
                        + " has the key that signed this certificate"),
                Check.failed(CertificateCheck.SIGNATURE, "does not verify with the key of " + count + " named "
                        + issuer.getName()));
    }
}
