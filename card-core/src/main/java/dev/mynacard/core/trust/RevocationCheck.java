package dev.mynacard.core.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Revocation, offline only: J-LIS serves its CRLs and OCSP only to verifiers under contract, so
 * without a CRL file the honest answer is "not checked".
 */
final class RevocationCheck {
    private RevocationCheck() {
    }

    static Check of(X509Certificate certificate, Optional<X509Certificate> ca, Optional<X509CRL> crl, Instant at) {
        if (crl.isEmpty()) {
            return Check.notChecked(CertificateCheck.REVOCATION, "J-LIS serves revocation only to contracted"
                    + " verifiers; give a CRL file to check it offline");
        }
        if (ca.isEmpty()) {
            return Check.notChecked(CertificateCheck.REVOCATION, "no issuing CA to verify the CRL with");
        }
        X509CRL list = crl.get();
        X509Certificate issuer = ca.get();
        if (!list.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return Check.failed(CertificateCheck.REVOCATION, "the CRL was issued by "
                    + list.getIssuerX500Principal().getName() + ", not by the certificate's CA "
                    + issuer.getSubjectX500Principal().getName());
        }
        if (!Signatures.verifies(list, issuer.getPublicKey())) {
            return Check.failed(CertificateCheck.REVOCATION, "the CRL's signature does not verify with the CA's key");
        }
        Instant thisUpdate = list.getThisUpdate().toInstant();
        Optional<Instant> nextUpdate = Optional.ofNullable(list.getNextUpdate()).map(Date::toInstant);
        if (at.isBefore(thisUpdate) || nextUpdate.filter(at::isAfter).isPresent()) {
            return Check.failed(CertificateCheck.REVOCATION, "the CRL covers " + thisUpdate + " to "
                    + nextUpdate.map(Instant::toString).orElse("(open)") + ", not " + at);
        }
        X509CRLEntry entry = list.getRevokedCertificate(certificate);
        if (entry != null) {
            return Check.failed(CertificateCheck.REVOCATION, "revoked on " + entry.getRevocationDate().toInstant()
                    + Optional.ofNullable(entry.getRevocationReason()).map(reason -> " (" + reason + ")").orElse(""));
        }
        return Check.passed(CertificateCheck.REVOCATION, "not listed in the CRL of " + thisUpdate);
    }
}
