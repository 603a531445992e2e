/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.trust.CertificateValidator;
import java.security.cert.X509CRL;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.util.Store;

/**
 * Verifies CMS SignedData (attached or detached) made with a My Number Card: per signer, the
 * signature, the content digest, the claimed signing time and the signer's certificate (included
 * in the CMS), validated against the validator's trust anchors for the purpose of the key that
 * signed — SIGN normally, AUTH when the authentication key was used; the report says which.
 * Other certificates in the CMS are offered as roots, trusted only when pinned or added.
 *
 * <p>A valid signer is a document signature: the SIGN key over signed attributes, with SHA-256,
 * SHA-384 or SHA-512 and RSA. A signature with the AUTH key is reported as such and is valid only
 * when {@link #allowingAuthenticationKey()} says so. By default the certificate is validated now;
 * see {@link ValidationTime} for "as of" choices. At most 16 certificates and 8 signers are
 * accepted. Immutable; the
 * {@code validatingAt}, {@code withCrl} and {@code allowing…} methods return a new verifier.
 */
public final class CmsVerifier {
    private final CertificateValidator validator;
    private final ValidationTime time;
    private final Optional<X509CRL> crl;
    private final boolean authenticationKeyAllowed;

    public CmsVerifier(CertificateValidator validator) {
        this(validator, ValidationTime.now(), Optional.empty(), false);
    }

    private CmsVerifier(CertificateValidator validator, ValidationTime time, Optional<X509CRL> crl,
                        boolean authenticationKeyAllowed) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.time = Objects.requireNonNull(time, "time");
        this.crl = crl;
        this.authenticationKeyAllowed = authenticationKeyAllowed;
    }

    public CmsVerifier validatingAt(ValidationTime when) {
        return new CmsVerifier(validator, when, crl, authenticationKeyAllowed);
    }

    /** Check the signers' revocation against this CRL (J-LIS gives none to the public; see the trust package). */
    public CmsVerifier withCrl(X509CRL list) {
        return new CmsVerifier(validator, time, Optional.of(list), authenticationKeyAllowed);
    }

    /**
     * Also accept signatures made with the AUTH key (利用者証明用, e.g. {@code CmsSigner.withKey(AUTH)}),
     * still over signed attributes. Choose it only where the parties agreed to such signatures: the
     * AUTH key needs only the 4-digit PIN and is meant to prove a login, not consent to a document.
     */
    public CmsVerifier allowingAuthenticationKey() {
        return new CmsVerifier(validator, time, crl, true);
    }

    /** A signature that carries its content. */
    public CmsReport verifyAttached(byte[] cms) throws CmsFormatException {
        return verify(SignedDataParser.parse(cms, Optional.empty()));
    }

    /** A detached signature over {@code content}. */
    public CmsReport verifyDetached(byte[] cms, byte[] content) throws CmsFormatException {
        return verify(SignedDataParser.parse(cms, Optional.of(content)));
    }

    private CmsReport verify(CMSSignedData signed) {
        SignerVerifier signers = new SignerVerifier(validator, time, crl, authenticationKeyAllowed);
        Store<X509CertificateHolder> certificates = signed.getCertificates();
        return new CmsReport(signed.getSignerInfos().getSigners().stream()
                .map(signer -> signers.verify(signer, certificates))
                .toList());
    }
}
