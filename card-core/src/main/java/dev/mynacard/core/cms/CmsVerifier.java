/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.trust.CertificateValidator;
import java.security.cert.X509CRL;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Verifies CMS SignedData (attached or detached) made with a My Number Card: per signer, the
 * signature, the content digest, the claimed signing time and the signer's certificate (included
 * in the CMS), validated against the validator's trust anchors for the purpose of the key that
 * signed — SIGN normally, AUTH when the authentication key was used; the report says which.
 * Other certificates in the CMS are offered as roots, trusted only when pinned or added.
 *
 * <p>By default the certificate is validated now; see {@link ValidationTime} for "as of" choices.
 * Immutable; {@code validatingAt} and {@code withCrl} return a new verifier.
 */
public final class CmsVerifier {
    private final CertificateValidator validator;
    private final ValidationTime time;
    private final Optional<X509CRL> crl;

    public CmsVerifier(CertificateValidator validator) {
        this(validator, ValidationTime.now(), Optional.empty());
    }

    private CmsVerifier(CertificateValidator validator, ValidationTime time, Optional<X509CRL> crl) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.time = Objects.requireNonNull(time, "time");
        this.crl = crl;
    }

    public CmsVerifier validatingAt(ValidationTime when) {
        return new CmsVerifier(validator, when, crl);
    }

    /** Check the signers' revocation against this CRL (J-LIS gives none to the public; see the trust package). */
    public CmsVerifier withCrl(X509CRL list) {
        return new CmsVerifier(validator, time, Optional.of(list));
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
        SignerVerifier signers = new SignerVerifier(validator, time, crl);
        return new CmsReport(signed.getSignerInfos().getSigners().stream()
                .map(signer -> signers.verify(signer, signed.getCertificates()))
                .toList());
    }
}
