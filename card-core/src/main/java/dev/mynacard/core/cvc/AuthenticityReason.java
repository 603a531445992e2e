/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import dev.mynacard.core.trust.Check;

/** The reasons an authenticity check gives, with their English patterns. */
public enum AuthenticityReason implements Check.Reason {
    CA_TRUSTED("authenticity.ca.trusted", "{0}, {1}"),
    CA_UNKNOWN("authenticity.ca.unknown", "no known CA key is named {0}: nothing can be verified"),
    CA_SIMULATOR("authenticity.ca.simulator", "{0} is the mynacard simulator''s CA key, trusted only when the simulator is"),
    CERTIFICATE_VERIFIES("authenticity.certificate.verifies", "{1} certified by {0}"),
    CERTIFICATE_BAD("authenticity.certificate.bad-signature", "does not verify with the CA key {0}"),
    SIGNATURE_VERIFIES("authenticity.signature.verifies", "made with the certified key {0}"),
    SIGNATURE_BAD("authenticity.signature.bad", "does not verify with the certified key {0}: the data was changed or is not"
            + " what the card was issued with"),
    SIGNATURE_NOT_CHECKED("authenticity.signature.not-checked", "not checked: the certificate is not verified"),
    DIGEST_MATCHES("authenticity.digest.matches", "the signed digest matches EF {0}"),
    DIGEST_DIFFERS("authenticity.digest.differs", "EF {0} does not match the signed digest"),
    FACE_UNSIGNED("authenticity.coverage.face", "the expiry date and the security-code image are outside the signature"
            + " (on every card): a change to them cannot be detected");

    private final String key;
    private final String englishPattern;

    AuthenticityReason(String key, String englishPattern) {
        this.key = key;
        this.englishPattern = englishPattern;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishPattern() {
        return englishPattern;
    }
}
