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
    DOCUMENT_SIGN_KEY("signer.document-sign-key", "made with the signing key, over signed attributes"),
    DOCUMENT_AUTH_KEY_ALLOWED("signer.document-auth-key-allowed", "made with the authentication key, accepted"
            + " because this verifier allows authentication-key signatures"),
    DOCUMENT_AUTH_KEY("signer.document-auth-key", "made with the authentication key, which proves a login, not"
            + " consent to a document; accepted only when authentication-key signatures are allowed"),
    DOCUMENT_NO_JPKI_KEY("signer.document-no-jpki-key", "not made with a JPKI signing key"),
    DOCUMENT_RAW("signer.document-raw", "no signed attributes: a bare signature over the content, which a"
            + " document signature must not be"),
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
    SIGNATURE_KEY_REFUSED("signer.signature-key-refused", "not verified: the signer''s key is refused ({0})"),
    SIGNATURE_ALGORITHM_REFUSED("signer.signature-algorithm-refused", "{0} with {1} is not accepted: only SHA-256,"
            + " SHA-384 or SHA-512 with RSA (PKCS#1 v1.5 or PSS)"),
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
