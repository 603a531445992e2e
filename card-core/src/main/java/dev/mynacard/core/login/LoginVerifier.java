/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import dev.mynacard.core.cert.CertificatePurpose;
import dev.mynacard.core.login.LoginRejectedException.Code;
import dev.mynacard.core.trust.CertificateValidator;
import dev.mynacard.core.trust.TrustAnchors;
import dev.mynacard.core.trust.TrustedRoot;
import dev.mynacard.core.trust.ValidationReport;
import dev.mynacard.core.trust.ValidationRequest;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The relying party's side of card login: checks a login token (see {@link LoginClient}) and names
 * the holder. In order, each refusal with its {@link Code}:
 * <ol>
 * <li>a compact JWS, at most {@link LoginFormat#MAX_TOKEN_LENGTH} characters, parsed by
 *     nimbus-jose-jwt ({@code MALFORMED});</li>
 * <li>{@code alg} exactly RS256 — {@code none}, HS256 and the rest are {@code BAD_SIGNATURE};
 *     the header holds {@code alg}, {@code typ} ({@code JWT}) and {@code x5c} with exactly one
 *     certificate, nothing else: no {@code jwk}, {@code jku}, {@code x5u}, {@code kid}, {@code crit}
 *     ({@code MALFORMED});</li>
 * <li>claims {@code aud} (one string), {@code nonce}, {@code iat}, {@code exp}, {@code jti} present,
 *     {@code iat < exp ≤ iat + 120 s} ({@code MALFORMED}); {@code aud} is this relying party's origin
 *     ({@code WRONG_AUDIENCE}); {@code iat ≤ now + skew} ({@code NOT_YET_VALID});
 *     {@code now ≤ exp + skew} ({@code EXPIRED});</li>
 * <li>the nonce is a challenge the {@link ChallengeIssuer} issued for this audience
 *     ({@code UNKNOWN_CHALLENGE}) and it has not expired ({@code EXPIRED});</li>
 * <li>the certificate chains to the trust anchors, the simulator's only if they enable it, and is
 *     valid now ({@code UNTRUSTED_CERTIFICATE}), for user authentication ({@code WRONG_PURPOSE});</li>
 * <li>the signature verifies with the certificate's key ({@code BAD_SIGNATURE});</li>
 * <li>only then is the challenge consumed in the {@link ConsumedChallengeStore}, atomically
 *     ({@code REPLAY} when it was consumed before).</li>
 * </ol>
 * Thread-safe when its store is.
 */
public final class LoginVerifier {
    public static final Duration DEFAULT_MAX_SKEW = Duration.ofSeconds(60);

    private static final Set<String> HEADER_PARAMETERS = Set.of("alg", "typ", "x5c");

    private final ChallengeIssuer challenges;
    private final ConsumedChallengeStore consumed;
    private final CertificateValidator validator;
    private final Duration maxSkew;
    private final Clock clock;

    /** A skew of {@link #DEFAULT_MAX_SKEW}, the system clock. */
    public LoginVerifier(ChallengeIssuer challenges, ConsumedChallengeStore consumed, TrustAnchors anchors) {
        this(challenges, consumed, anchors, DEFAULT_MAX_SKEW, Clock.systemUTC());
    }

    /**
     * @param challenges the issuer of this relying party's challenges; its audience is the one tokens must name
     * @param anchors    the trusted roots, with their certificates: a token carries only the holder's
     *                   certificate, so e.g. {@code TrustAnchors.jlis().withRootFile(auth_ca_2023.pem)}
     * @throws IllegalArgumentException when no trusted root comes with its certificate
     */
    public LoginVerifier(ChallengeIssuer challenges, ConsumedChallengeStore consumed, TrustAnchors anchors,
                         Duration maxSkew, Clock clock) {
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.consumed = Objects.requireNonNull(consumed, "consumed");
        if (anchors.roots().stream().map(TrustedRoot::certificate).allMatch(Optional::isEmpty)) {
            throw new IllegalArgumentException("no trusted root comes with its certificate, so no login token can"
                    + " chain to one; add the J-LIS user-authentication roots with TrustAnchors.withRootFile");
        }
        if (maxSkew.isNegative()) {
            throw new IllegalArgumentException("the skew cannot be negative");
        }
        this.maxSkew = maxSkew;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.validator = new CertificateValidator(anchors, clock);
    }

    /**
     * Checks {@code token} and consumes its challenge.
     *
     * @throws LoginRejectedException  the token is refused; its challenge stays unused unless {@code REPLAY}
     * @throws ChallengeStoreException the store cannot record the challenge now; the token was valid, try later
     */
    public AuthenticatedHolder verify(String token) throws LoginRejectedException {
        SignedJWT jws = parse(token);
        X509Certificate certificate = certificate(jws.getHeader());
        JWTClaimsSet claims = claims(jws);
        String nonce = nonce(claims);
        Instant challengeExpiry = challengeExpiry(nonce);
        ValidationReport report = validator.validate(ValidationRequest.of(certificate, CertificatePurpose.AUTH));
        if (!report.isValid()) {
            throw CertificateRejection.of(report);
        }
        if (!signatureVerifies(jws, certificate)) {
            throw new LoginRejectedException(Code.BAD_SIGNATURE, "the signature does not verify with the certificate's key");
        }
        if (!consumed.consume(nonce, challengeExpiry.plus(maxSkew))) {
            throw new LoginRejectedException(Code.REPLAY, "the challenge was used before");
        }
        return AuthenticatedHolder.of(certificate);
    }

    private static SignedJWT parse(String token) throws LoginRejectedException {
        if (token == null || token.length() > LoginFormat.MAX_TOKEN_LENGTH) {
            throw new LoginRejectedException(Code.MALFORMED, "no token, or longer than " + LoginFormat.MAX_TOKEN_LENGTH);
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token.strip());
        } catch (ParseException e) {
            throw new LoginRejectedException(Code.MALFORMED, "not a compact JWS");
        }
        if (!(jwt instanceof SignedJWT jws)) {
            throw new LoginRejectedException(jwt.getHeader().getAlgorithm().getName().equals("none") ? Code.BAD_SIGNATURE
                    : Code.MALFORMED, "not a signed token: alg " + shown(jwt.getHeader().getAlgorithm().getName()));
        }
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            throw new LoginRejectedException(Code.BAD_SIGNATURE, "alg " + shown(jws.getHeader().getAlgorithm().getName())
                    + ", not RS256");
        }
        return jws;
    }

    private static X509Certificate certificate(JWSHeader header) throws LoginRejectedException {
        for (String parameter : header.getIncludedParams()) {
            if (!HEADER_PARAMETERS.contains(parameter)) {
                throw new LoginRejectedException(Code.MALFORMED, "header parameter " + shown(parameter) + " is not allowed");
            }
        }
        if (!JOSEObjectType.JWT.equals(header.getType())) {
            throw new LoginRejectedException(Code.MALFORMED, "typ " + shown(String.valueOf(header.getType())) + ", not JWT");
        }
        var chain = header.getX509CertChain();
        if (chain == null || chain.size() != 1) {
            throw new LoginRejectedException(Code.MALFORMED, "x5c must hold exactly the authentication certificate");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(chain.get(0).toString())));
        } catch (CertificateException | RuntimeException e) {
            throw new LoginRejectedException(Code.MALFORMED, "x5c is not an X.509 certificate");
        }
    }

    private JWTClaimsSet claims(SignedJWT jws) throws LoginRejectedException {
        JWTClaimsSet claims;
        try {
            claims = jws.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LoginRejectedException(Code.MALFORMED, "the payload is not a JWT claims set");
        }
        List<String> audience = claims.getAudience();
        Date issued = claims.getIssueTime();
        Date expires = claims.getExpirationTime();
        if (audience.size() != 1 || issued == null || expires == null || claims.getJWTID() == null) {
            throw new LoginRejectedException(Code.MALFORMED, "aud (one origin), iat, exp and jti are required");
        }
        Instant iat = issued.toInstant();
        Instant exp = expires.toInstant();
        if (!iat.isBefore(exp) || Duration.between(iat, exp).compareTo(LoginFormat.MAX_TOKEN_LIFETIME) > 0) {
            throw new LoginRejectedException(Code.MALFORMED, "exp must be after iat, by at most "
                    + LoginFormat.MAX_TOKEN_LIFETIME.toSeconds() + " s");
        }
        if (!challenges.audience().equals(audience.get(0))) {
            throw new LoginRejectedException(Code.WRONG_AUDIENCE, "signed for " + shown(audience.get(0)) + ", not "
                    + challenges.audience());
        }
        Instant now = clock.instant();
        if (iat.isAfter(now.plus(maxSkew))) {
            throw new LoginRejectedException(Code.NOT_YET_VALID, "issued at " + iat + ", now is " + now);
        }
        if (now.isAfter(exp.plus(maxSkew))) {
            throw new LoginRejectedException(Code.EXPIRED, "expired at " + exp + ", now is " + now);
        }
        return claims;
    }

    private static String nonce(JWTClaimsSet claims) throws LoginRejectedException {
        try {
            String nonce = claims.getStringClaim("nonce");
            if (nonce != null) {
                return nonce;
            }
        } catch (ParseException notAString) {
            // refused below
        }
        throw new LoginRejectedException(Code.MALFORMED, "nonce (the challenge) is required");
    }

    private Instant challengeExpiry(String nonce) throws LoginRejectedException {
        ChallengeIssuer.Check check = challenges.check(nonce);
        if (check instanceof ChallengeIssuer.Check.Valid valid) {
            return valid.expiresAt();
        }
        if (check instanceof ChallengeIssuer.Check.Expired expired) {
            throw new LoginRejectedException(Code.EXPIRED, "the challenge expired at " + expired.expiresAt());
        }
        throw new LoginRejectedException(Code.UNKNOWN_CHALLENGE, "the challenge was not issued here");
    }

    private static boolean signatureVerifies(SignedJWT jws, X509Certificate certificate) {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey key)) {
            return false;
        }
        try {
            return jws.verify(new RSASSAVerifier(key));
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    /** An untrusted string for a message: printable ASCII as is, anything else escaped, at most 100 characters. */
    private static String shown(String untrusted) {
        StringBuilder shown = new StringBuilder("\"");
        untrusted.codePoints().limit(100).forEach(c -> {
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                shown.append((char) c);
            } else {
                shown.append(String.format(Locale.ROOT, "\\u%04x", c));
            }
        });
        return shown.append(untrusted.length() > 100 ? "…\"" : "\"").toString();
    }
}
