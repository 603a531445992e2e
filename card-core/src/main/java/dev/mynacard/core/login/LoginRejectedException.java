/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import dev.mynacard.core.trust.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A login token the verifier refused: a {@link Code} for the relying party's program and its
 * users' messages, a message for its log and, for certificate problems, the full report. Of
 * several problems the first found is given, in the order {@link LoginVerifier} checks.
 */
public final class LoginRejectedException extends Exception {
    /** Why a token was refused; {@link #id()} is the stable spelling for JSON and logs. */
    public enum Code {
        /** Not a compact JWS with the header and claims of a login token; an unusable certificate. */
        MALFORMED("malformed"),
        /** The challenge was not issued by this relying party (another key or audience, or made up). */
        UNKNOWN_CHALLENGE("unknown-challenge"),
        /** The challenge, or the token ({@code exp}), has expired. */
        EXPIRED("expired"),
        /** Issued ({@code iat}) later than now plus the allowed clock skew. */
        NOT_YET_VALID("not-yet-valid"),
        /** Signed for another origin ({@code aud}). */
        WRONG_AUDIENCE("wrong-audience"),
        /** The certificate does not chain to a trusted root, or is not valid now, or is a test certificate in production. */
        UNTRUSTED_CERTIFICATE("untrusted-certificate"),
        /** The certificate is not a user-authentication certificate (key usage, policy). */
        WRONG_PURPOSE("wrong-purpose"),
        /** Not an RS256 signature ({@code none}, HS256, …) or not one by the certificate's key over this token. */
        BAD_SIGNATURE("bad-signature"),
        /** A verified token whose challenge was used before. */
        REPLAY("replay");

        private final String id;

        Code(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Code code;
    private final transient ValidationReport report;

    LoginRejectedException(Code code, String message) {
        this(code, message, null);
    }

    LoginRejectedException(Code code, String message, ValidationReport report) {
        super(code.id() + ": " + message);
        this.code = Objects.requireNonNull(code, "code");
        this.report = report;
    }

    public Code code() {
        return code;
    }

    /** The certificate validation that led to the refusal, for the certificate codes. */
    public Optional<ValidationReport> report() {
        return Optional.ofNullable(report);
    }
}
