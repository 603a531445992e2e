/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import dev.mynacard.core.trust.ValidationReport;
import java.util.Optional;

/** A login attempt the verifier refused, with the reason and, for certificate problems, the full report. */
public final class LoginRejectedException extends Exception {
    /** Why a login was refused. */
    public enum Reason {
        /** A field is missing or not in the form {@link LoginStatement} requires. */
        MALFORMED_ATTEMPT,
        UNKNOWN_CHALLENGE,
        EXPIRED_CHALLENGE,
        /** The challenge was used before: a replay. */
        REPLAYED_CHALLENGE,
        WRONG_AUDIENCE,
        /** The signed timestamp is further from the verifier's clock than the allowed skew. */
        STALE_TIMESTAMP,
        /** The chain does not reach a trusted root, or the root is unfit. */
        UNTRUSTED_CERTIFICATE,
        /** The certificate comes from JPKI-TEST or the simulator, and the test hierarchy is not enabled. */
        TEST_HIERARCHY_IN_PRODUCTION,
        /** Expired, or not yet valid. */
        CERTIFICATE_NOT_VALID_NOW,
        /** Not a user-authentication certificate (key usage, policy, unknown critical extension). */
        NOT_AN_AUTH_CERTIFICATE,
        /** The signature is not SHA256withRSA over the statement by the certificate's key. */
        BAD_SIGNATURE
    }

    private final Reason reason;
    private final transient ValidationReport report;

    LoginRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    LoginRejectedException(Reason reason, String message, ValidationReport report) {
        super(reason + ": " + message);
        this.reason = reason;
        this.report = report;
    }

    public Reason reason() {
        return reason;
    }

    /** The certificate validation that led to the refusal, for the certificate reasons. */
    public Optional<ValidationReport> report() {
        return Optional.ofNullable(report);
    }
}
