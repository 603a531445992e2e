/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.trust.Check;

/** The reasons the checks of a CMS signer give, with their English patterns. */
public enum SignerReason implements Check.Reason {
    CERTIFICATE_NOT_INCLUDED("signer.certificate-not-included", "the CMS does not include the signer''s certificate"),
    CERTIFICATE_INCLUDED("signer.certificate-included", "{0}, the {1} certificate"),
    CERTIFICATE_INCLUDED_NO_PURPOSE("signer.certificate-included-no-purpose", "{0}, of no JPKI purpose"),
    NO_SIGNER_KEY("signer.no-key", "no signer key"),
    NO_SIGNER_CERTIFICATE("signer.no-certificate", "no signer certificate"),
    DIGEST_MATCHES("signer.digest-matches", "{0} of the content matches the signed message-digest attribute"),
    DIGEST_DIFFERS("signer.digest-differs", "{0} of the content differs from the signed message-digest attribute:"
            + " the content is not the one signed"),
    NO_SIGNED_ATTRIBUTES("signer.no-signed-attributes", "no signed attributes: the signature covers the content"
            + " directly"),
    UNSUPPORTED_ALGORITHM("signer.unsupported-algorithm", "unsupported algorithm"),
    UNUSABLE("signer.unusable", "the signer information is unusable"),
    SIGNATURE_VERIFIES("signer.signature-verifies", "verifies with the signer certificate''s key"),
    SIGNATURE_WRONG_KEY("signer.signature-wrong-key", "does not verify with the signer certificate''s key"),
    SIGNATURE_CONTENT_DIFFERS("signer.signature-content-differs", "the content does not match"),
    SIGNATURE_UNSUPPORTED("signer.signature-unsupported", "unsupported signature algorithm {0}"),
    SIGNATURE_UNVERIFIABLE("signer.signature-unverifiable", "cannot be verified: {0}"),
    SIGNING_TIME_ABSENT("signer.signing-time-absent", "no signing-time attribute"),
    SIGNING_TIME_MALFORMED("signer.signing-time-malformed", "malformed signing-time attribute"),
    SIGNING_TIME_OUTSIDE_VALIDITY("signer.signing-time-outside-validity",
            "claims {0}, outside the certificate''s validity {1} to {2}"),
    SIGNING_TIME_AFTER_VALIDATION("signer.signing-time-after-validation",
            "claims {0}, after the validation instant {1}"),
    SIGNING_TIME_CLAIMED("signer.signing-time-claimed", "{0} (claimed by the signer, not a trusted timestamp)"),
    CERTIFICATE_VALID("signer.certificate-valid", "valid as {0} at {1}, root {2}"),
    CERTIFICATE_INVALID("signer.certificate-invalid", "failed: {0} (see the certificate report)");

    private final String key;
    private final String englishPattern;

    SignerReason(String key, String englishPattern) {
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
