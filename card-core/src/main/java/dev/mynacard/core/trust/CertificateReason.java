/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

/** The reasons the checks of a certificate validation give, with their English patterns. */
public enum CertificateReason implements Check.Reason {
    NO_ROOT("root.not-found", "no issuing root was found"),
    CHAIN_NOT_SUPPLIED("chain.not-supplied", "no root named {0} was supplied or added: supply the card''s root"
            + " certificate (EF 000B for authentication, EF 0002 for signing) or add the root file"),
    CHAIN_ISSUED_BY("chain.issued-by", "issued by {0}, root SHA-256 {1}"),
    CHAIN_WRONG_KEY("chain.wrong-key", "the root named {0} does not have the key that signed this certificate"),
    CHAIN_UNTRUSTED("chain.untrusted", "no trusted root is named {0}: the {1} supplied with that name"
            + " are neither pinned nor added, so their keys are not used"),
    CHAIN_NO_ROOT_HAS_KEY("chain.no-root-has-key",
            "none of the {0} roots named {1} has the key that signed this certificate"),
    SIGNATURE_NO_ISSUER_KEY("signature.no-issuer-key", "no issuer key to check it with"),
    SIGNATURE_UNTRUSTED_ISSUER("signature.untrusted-issuer", "not checked with the key of a root that is not trusted"),
    SIGNATURE_VERIFIES("signature.verifies", "{0} signature verifies with the key of root SHA-256 {1}"),
    SIGNATURE_WRONG_KEY("signature.wrong-key", "does not verify with the key of the root named {0}"),
    SIGNATURE_NO_ROOT_KEY("signature.no-root-key", "does not verify with the key of none of the {0} roots named {1}"),
    SIGNATURE_SELF_SIGNED("signature.self-signed", "self-signed, {0}"),
    SIGNATURE_NOT_SELF_SIGNED("signature.not-self-signed", "not a self-signed certificate"),
    ROOT_SIMULATOR("root.simulator", "the root is the mynacard simulator''s (SHA-256 {0}), trusted only when the"
            + " simulator hierarchy is enabled"),
    ROOT_NOT_PINNED("root.not-pinned", "root not pinned: {0} serial {1}, SHA-256 {2}. If it is a genuine J-LIS"
            + " root (such as the generation-2 user-authentication root of cards issued 2019–2023, whose"
            + " fingerprint is not pinned), download its file from J-LIS and add it as a trusted root"),
    ROOT_OTHER_PURPOSE("root.other-purpose", "the root is the {0}, which does not issue {1} certificates"),
    ROOT_TRUSTED("root.trusted", "{0} (SHA-256 {1})"),
    CA("ca.ok", "CA:TRUE, keyCertSign"),
    CA_NOT_CA("ca.not-ca", "the root is not marked CA:TRUE"),
    CA_NO_CERT_SIGN("ca.no-cert-sign", "the root may not sign certificates (no keyCertSign)"),
    CA_NEITHER("ca.neither", "the root is not marked CA:TRUE and may not sign certificates (no keyCertSign)"),
    HIERARCHY_PRODUCTION("hierarchy.production", "production hierarchy"),
    HIERARCHY_TEST_ENABLED("hierarchy.test-enabled", "test hierarchy, enabled ({0})"),
    HIERARCHY_TEST_REFUSED("hierarchy.test-refused", "belongs to a test hierarchy ({0}), which production does not"
            + " accept unless the test hierarchy is enabled"),
    TEST_SIGN_ISSUER("hierarchy.sign.issuer", "issuer O={0}"),
    TEST_SIGN_POLICY("hierarchy.sign.policy", "test policy {0}"),
    TEST_SIGN_SIMULATOR_ROOT("hierarchy.sign.simulator-root", "simulator root"),
    VALIDITY_NOT_YET("validity.not-yet", "not valid before {0} (checked at {1})"),
    VALIDITY_EXPIRED("validity.expired", "expired on {0} (checked at {1})"),
    VALIDITY_VALID("validity.valid", "valid from {0} to {1} (checked at {2})"),
    KEY_ACCEPTED("key.accepted", "RSA, {0} bits, exponent 65537"),
    KEY_REFUSED("key.refused", "refused before any signature check: {0}"),
    KEY_NOT_RSA("key.not-rsa", "a {0} key, not RSA"),
    KEY_SIZE("key.size", "an RSA key of {0} bits, outside {1} to {2} bits"),
    KEY_EXPONENT("key.exponent", "an RSA public exponent other than {0}"),
    KEY_USAGE_ABSENT("key-usage.absent", "no keyUsage extension; {0} needs {1}"),
    KEY_USAGE_PRESENT("key-usage.present", "has {0} as {1} needs"),
    KEY_USAGE_MISSING("key-usage.missing", "{0} needs {1}; missing {2}"),
    POLICY_MALFORMED("policy.malformed", "the certificatePolicies extension is malformed"),
    POLICY_NONE("policy.none", "policies {0} include no {1} policy {2}"),
    POLICY_PRODUCTION("policy.production", "{0} policy {1}"),
    POLICY_TEST_ENABLED("policy.test-enabled", "{0} JPKI-TEST policy {1} (test hierarchy enabled)"),
    POLICY_TEST_REFUSED("policy.test-refused",
            "JPKI-TEST policy {0} is accepted only when the test hierarchy is enabled"),
    EXTENSIONS_UNDERSTOOD("extensions.understood", "all critical extensions understood"),
    EXTENSIONS_UNKNOWN("extensions.unknown", "critical extensions not understood: {0}"),
    REVOCATION_NO_CRL("revocation.no-crl",
            "J-LIS serves revocation only to contracted verifiers; give a CRL file to check it offline"),
    REVOCATION_NO_CA("revocation.no-ca", "no issuing CA to verify the CRL with"),
    REVOCATION_OTHER_ISSUER("revocation.other-issuer", "the CRL was issued by {0}, not by the certificate''s CA {1}"),
    REVOCATION_NO_CRL_SIGN("revocation.no-crl-sign", "the CA''s certificate does not allow it to sign CRLs"
            + " (no cRLSign)"),
    REVOCATION_BAD_SIGNATURE("revocation.bad-signature", "the CRL''s signature does not verify with the CA''s key"),
    REVOCATION_NO_NEXT_UPDATE("revocation.no-next-update",
            "the CRL has no nextUpdate, so it does not say until when it is current"),
    REVOCATION_DELTA("revocation.delta", "the CRL is a delta CRL, which lists only changes since a base CRL"),
    REVOCATION_CRITICAL_EXTENSION("revocation.critical-extension",
            "the CRL has critical extensions not understood: {0}"),
    REVOCATION_CRITICAL_ENTRY_EXTENSION("revocation.critical-entry-extension",
            "an entry of the CRL (serial {0}) has critical extensions not understood: {1}"),
    REVOCATION_SCOPE_MALFORMED("revocation.scope-malformed", "the CRL''s issuingDistributionPoint is malformed"),
    REVOCATION_ONLY_CA("revocation.only-ca", "the CRL lists only CA certificates, and this one is not a CA"),
    REVOCATION_ONLY_USER("revocation.only-user", "the CRL lists only end-entity certificates, and this one is a CA"),
    REVOCATION_ONLY_ATTRIBUTE("revocation.only-attribute", "the CRL lists only attribute certificates"),
    REVOCATION_SOME_REASONS("revocation.some-reasons", "the CRL lists revocations for some reasons only"),
    REVOCATION_INDIRECT("revocation.indirect", "the CRL is an indirect CRL, which may list other issuers'' certificates"),
    REVOCATION_OTHER_PARTITION("revocation.other-partition", "the CRL covers only distribution point {0}, which is"
            + " not one of the certificate''s CRL distribution points"),
    REVOCATION_NOT_CURRENT("revocation.not-current", "the CRL covers {0} to {1}, not {2}"),
    REVOCATION_REVOKED("revocation.revoked", "revoked on {0}"),
    REVOCATION_REVOKED_BECAUSE("revocation.revoked-because", "revoked on {0} ({1})"),
    REVOCATION_NOT_LISTED("revocation.not-listed", "not listed in the CRL of {0}");

    private final String key;
    private final String englishPattern;

    CertificateReason(String key, String englishPattern) {
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
