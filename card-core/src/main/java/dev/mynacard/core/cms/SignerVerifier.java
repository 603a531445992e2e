/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.cert.JpkiCertificate;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.Check;
import dev.mynacard.core.trust.ValidationReport;
import dev.mynacard.core.trust.ValidationRequest;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Store;

/**
 * Verifies one SignerInfo: its certificate from the CMS, whether it is a document signature,
 * digest, signature, signing time, certificate validity.
 */
final class SignerVerifier {
    private final CertificateValidator validator;
    private final ValidationTime time;
    private final Optional<X509CRL> crl;
    private final boolean authenticationKeyAllowed;

    SignerVerifier(CertificateValidator validator, ValidationTime time, Optional<X509CRL> crl,
                   boolean authenticationKeyAllowed) {
        this.validator = validator;
        this.time = time;
        this.crl = crl;
        this.authenticationKeyAllowed = authenticationKeyAllowed;
    }

    SignerReport verify(SignerInformation signer, Store<X509CertificateHolder> store) {
        List<X509Certificate> included = certificates(store);
        Optional<X509Certificate> found = included.stream()
                .filter(certificate -> signer.getSID().match(holder(certificate)))
                .findFirst();
        Optional<Instant> signingTime;
        Check signingTimeCheck = null;
        try {
            signingTime = SigningTime.of(signer);
        } catch (IllegalArgumentException malformed) {
            signingTime = Optional.empty();
            signingTimeCheck = Check.failed(SignerCheck.SIGNING_TIME, SignerReason.SIGNING_TIME_MALFORMED);
        }
        if (found.isEmpty()) {
            return new SignerReport(Optional.empty(), Optional.empty(), signingTime, List.of(
                    Check.failed(SignerCheck.SIGNER_CERTIFICATE, SignerReason.CERTIFICATE_NOT_INCLUDED),
                    Check.notChecked(SignerCheck.DOCUMENT_SIGNATURE, SignerReason.NO_SIGNER_CERTIFICATE),
                    Check.notChecked(SignerCheck.CONTENT_DIGEST, SignerReason.NO_SIGNER_KEY),
                    Check.notChecked(SignerCheck.SIGNATURE, SignerReason.NO_SIGNER_KEY),
                    Check.notChecked(SignerCheck.CERTIFICATE, SignerReason.NO_SIGNER_CERTIFICATE)), Optional.empty());
        }
        X509Certificate certificate = found.get();
        Optional<CertificatePurpose> key = signerKey(certificate);
        List<X509Certificate> others = new ArrayList<>(included);
        others.remove(certificate);
        ValidationReport report = validator.validate(request(certificate, key, others, signingTime));

        List<Check> checks = new ArrayList<>();
        String subject = certificate.getSubjectX500Principal().getName();
        checks.add(key.map(purpose -> Check.passed(SignerCheck.SIGNER_CERTIFICATE,
                        SignerReason.CERTIFICATE_INCLUDED, subject, purpose))
                .orElseGet(() -> Check.passed(SignerCheck.SIGNER_CERTIFICATE,
                        SignerReason.CERTIFICATE_INCLUDED_NO_PURPOSE, subject)));
        checks.add(documentSignature(key, signer.getSignedAttributes() != null));
        checks.addAll(SignatureChecks.of(signer, certificate.getPublicKey()));
        checks.add(signingTimeCheck != null ? signingTimeCheck
                : SigningTime.check(signingTime, certificate, report.at()));
        checks.add(report.isValid()
                ? Check.passed(SignerCheck.CERTIFICATE, SignerReason.CERTIFICATE_VALID, report.purpose().orElseThrow(),
                        report.at(), report.root().orElseThrow())
                : Check.failed(SignerCheck.CERTIFICATE, SignerReason.CERTIFICATE_INVALID,
                        report.failures().stream().map(Check::kind).toList()));
        return new SignerReport(found, key, signingTime, checks, Optional.of(report));
    }

    /**
     * A document signature is made with the SIGN key (whose certificate's purpose the CERTIFICATE
     * check validates) over signed attributes. The AUTH key signs login challenges: a bare signature
     * of it must not pass for consent to a document, so it counts only when the verifier allows it.
     */
    private Check documentSignature(Optional<CertificatePurpose> key, boolean signedAttributes) {
        if (!signedAttributes) {
            return Check.failed(SignerCheck.DOCUMENT_SIGNATURE, SignerReason.DOCUMENT_RAW);
        }
        if (key.isEmpty()) {
            return Check.failed(SignerCheck.DOCUMENT_SIGNATURE, SignerReason.DOCUMENT_NO_JPKI_KEY);
        }
        if (key.get() == CertificatePurpose.SIGN) {
            return Check.passed(SignerCheck.DOCUMENT_SIGNATURE, SignerReason.DOCUMENT_SIGN_KEY);
        }
        return authenticationKeyAllowed
                ? Check.passed(SignerCheck.DOCUMENT_SIGNATURE, SignerReason.DOCUMENT_AUTH_KEY_ALLOWED)
                : Check.failed(SignerCheck.DOCUMENT_SIGNATURE, SignerReason.DOCUMENT_AUTH_KEY);
    }

    private ValidationRequest request(X509Certificate certificate, Optional<CertificatePurpose> key,
                                      List<X509Certificate> others, Optional<Instant> signingTime) {
        ValidationRequest request = ValidationRequest.of(certificate, key.orElse(CertificatePurpose.SIGN))
                .withRoots(others);
        request = time.instant(signingTime).map(request::asOf).orElse(request);
        return crl.map(request::withCrl).orElse(request);
    }

    /** AUTH or SIGN by the certificate's policy; empty for anything else (then checked as SIGN, and failing). */
    private static Optional<CertificatePurpose> signerKey(X509Certificate certificate) {
        try {
            CertificatePurpose purpose = JpkiCertificate.of(certificate).purpose();
            return purpose == CertificatePurpose.AUTH || purpose == CertificatePurpose.SIGN
                    ? Optional.of(purpose) : Optional.empty();
        } catch (CertificateException malformed) {
            return Optional.empty();
        }
    }

    private static List<X509Certificate> certificates(Store<X509CertificateHolder> store) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException unreadable) {
                // a certificate the JDK cannot read cannot be the signer's, nor a usable root
            }
        }
        return certificates;
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            throw new IllegalStateException("a parsed certificate cannot be re-encoded", e);
        }
    }
}
