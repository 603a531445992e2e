/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import dev.mynacard.core.cvc.Authenticity;
import dev.mynacard.core.cvc.AuthenticityCheck;
import dev.mynacard.core.cvc.AuthenticityReason;
import dev.mynacard.core.cvc.CardVerifiableCertificate;
import dev.mynacard.core.cvc.CvcKeys;
import dev.mynacard.core.cvc.CvcVerifier;
import dev.mynacard.core.trust.Check;
import java.util.List;

/** What the visual AP holds: the card face, its basic information and its certificate (EF 0004). */
public record FaceContents(CardFace face, VisualApInfo info, CardVerifiableCertificate certificate) {
    public static final int CERTIFICATE_EF = 0x0004;

    /**
     * Whether the issuer wrote this face: the certificate against the CA key it names (one of
     * {@code keys}), then the signature over the face with the certified key. The expiry and the
     * security-code image are reported as not covered.
     */
    public Authenticity authenticity(CvcKeys keys) {
        return new CvcVerifier(keys).verify(certificate,
                (key, keyId) -> List.of(CvcVerifier.rawPkcs1(key, face.signedDigestInfo(), face.signature())
                        ? Check.passed(AuthenticityCheck.SIGNATURE, AuthenticityReason.SIGNATURE_VERIFIES, keyId.toString())
                        : Check.failed(AuthenticityCheck.SIGNATURE, AuthenticityReason.SIGNATURE_BAD, keyId.toString())),
                List.of(Check.notChecked(AuthenticityCheck.COVERAGE, AuthenticityReason.FACE_UNSIGNED)));
    }
}
