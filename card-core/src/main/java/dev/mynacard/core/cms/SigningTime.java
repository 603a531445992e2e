/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.trust.Check;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.SignerInformation;

/** The signing-time attribute: read it, and check it is plausible. It stays the signer's claim. */
final class SigningTime {
    private SigningTime() {
    }

    /**
     * The signed signing-time attribute.
     *
     * @throws IllegalArgumentException when the attribute is there but malformed
     */
    static Optional<Instant> of(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed signing-time attribute", e);
        }
    }

    /** The claimed time must lie within the certificate's validity and not after the validation instant. */
    static Check check(Optional<Instant> claimed, X509Certificate certificate, Instant validatedAt) {
        if (claimed.isEmpty()) {
            return Check.notChecked(SignerCheck.SIGNING_TIME, SignerReason.SIGNING_TIME_ABSENT);
        }
        Instant time = claimed.get();
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (time.isBefore(notBefore) || time.isAfter(notAfter)) {
            return Check.failed(SignerCheck.SIGNING_TIME, SignerReason.SIGNING_TIME_OUTSIDE_VALIDITY, time, notBefore,
                    notAfter);
        }
        if (time.isAfter(validatedAt)) {
            return Check.failed(SignerCheck.SIGNING_TIME, SignerReason.SIGNING_TIME_AFTER_VALIDATION, time,
                    validatedAt);
        }
        return Check.passed(SignerCheck.SIGNING_TIME, SignerReason.SIGNING_TIME_CLAIMED, time);
    }
}
