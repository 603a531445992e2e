/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.ValidationReport;
import dev.mynacard.core.trust.ValidationRequest;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The relying party's side of card login. In order: the attempt is well-formed; its challenge is
 * consumed (atomically — a second use is a replay, and any attempt, even one refused later, uses
 * the challenge up); the audience is this relying party's origin; the signed timestamp is within
 * the allowed skew of this server's clock; the certificate is a valid user-authentication
 * certificate chaining to the trust anchors (the simulator's only if they enable it); the
 * signature is {@code SHA256withRSA} over the {@link LoginStatement} by that certificate's key.
 */
public final class LoginVerifier {
    public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(2);

    private final ChallengeStore challenges;
    private final CertificateValidator validator;
    private final String audience;
    private final Duration maxSkew;
    private final Clock clock;

    /** Production defaults: the J-LIS roots only, a skew of two minutes, the system clock. */
    public LoginVerifier(ChallengeStore challenges, String audience) {
        this(challenges, TrustAnchors.jlis(), audience, DEFAULT_MAX_SKEW, Clock.systemUTC());
    }

    /** @param audience this relying party's origin, as {@link LoginStatement} writes origins */
    public LoginVerifier(ChallengeStore challenges, TrustAnchors anchors, String audience, Duration maxSkew,
                         Clock clock) {
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.audience = LoginStatement.requireOrigin(audience);
        this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validator = new CertificateValidator(anchors, clock);
    }

    public AuthenticatedHolder verify(LoginAttempt attempt) throws LoginRejectedException {
        LoginStatement statement = statement(attempt);
        consume(statement.challenge());
        if (!audience.equals(statement.audience())) {
            throw new LoginRejectedException(LoginRejectedException.Reason.WRONG_AUDIENCE,
                    "signed for " + statement.audience() + ", not " + audience);
        }
        Instant now = clock.instant();
        if (Duration.between(statement.timestamp(), now).abs().compareTo(maxSkew) > 0) {
            throw new LoginRejectedException(LoginRejectedException.Reason.STALE_TIMESTAMP,
                    "signed at " + statement.timestamp() + ", now is " + now);
        }
        X509Certificate certificate = attempt.certificates().get(0);
        ValidationReport report = validator.validate(ValidationRequest.of(certificate, CertificatePurpose.AUTH)
                .withRoots(attempt.certificates().subList(1, attempt.certificates().size())));
        if (!report.isValid()) {
            throw CertificateRejection.of(report);
        }
        if (!signatureVerifies(certificate, statement, attempt.signature())) {
            throw new LoginRejectedException(LoginRejectedException.Reason.BAD_SIGNATURE,
                    "not a SHA256withRSA signature of the statement by the certificate's key");
        }
        return AuthenticatedHolder.of(certificate);
    }

    private static LoginStatement statement(LoginAttempt attempt) throws LoginRejectedException {
        if (attempt.certificates().isEmpty() || attempt.signature().length == 0 || attempt.timestamp() == null) {
            throw new LoginRejectedException(LoginRejectedException.Reason.MALFORMED_ATTEMPT,
                    "certificate, signature and timestamp are required");
        }
        try {
            return new LoginStatement(attempt.challenge(), attempt.audience(), attempt.timestamp());
        } catch (IllegalArgumentException e) {
            throw new LoginRejectedException(LoginRejectedException.Reason.MALFORMED_ATTEMPT, e.getMessage());
        }
    }

    private void consume(String challenge) throws LoginRejectedException {
        switch (challenges.consume(challenge)) {
            case CONSUMED -> {
            }
            case UNKNOWN -> throw new LoginRejectedException(LoginRejectedException.Reason.UNKNOWN_CHALLENGE,
                    "this challenge was not issued here");
            case EXPIRED -> throw new LoginRejectedException(LoginRejectedException.Reason.EXPIRED_CHALLENGE,
                    "the challenge has expired");
            case ALREADY_USED -> throw new LoginRejectedException(LoginRejectedException.Reason.REPLAYED_CHALLENGE,
                    "the challenge was used before");
            default -> throw new IllegalStateException("unknown consumption result");
        }
    }

    private static boolean signatureVerifies(X509Certificate certificate, LoginStatement statement, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(statement.encode());
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
