/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import java.io.IOException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The holder's side of card login: answers a relying party's challenge with a login token, a
 * compact JWS (RFC 7515) signed RS256 by the card's authentication key. Header {@code {"alg":"RS256",
 * "typ":"JWT","x5c":[the auth certificate]}}; claims {@code {"aud":origin,"nonce":challenge,"iat":now,
 * "exp":now+120,"jti":random}}. The card signs with PKCS#1 v1.5 over the SHA-256 DigestInfo of
 * {@code header.payload}, which is exactly RS256.
 *
 * <p>In one exclusive operation: the auth certificate is read (it goes into the signed header), then
 * the auth PIN is verified and the token signed — one VERIFY and one signature, never re-sent.
 * Challenge, audience and PIN format are checked before any APDU.
 */
public final class LoginClient {
    private static final int JTI_BYTES = 16;

    private final MyNumberCard card;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LoginClient(MyNumberCard card) {
        this(card, Clock.systemUTC());
    }

    /** @param clock the source of {@code iat} */
    public LoginClient(MyNumberCard card, Clock clock) {
        this.card = Objects.requireNonNull(card, "card");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Signs a login token answering {@code challenge} for {@code audience}.
     *
     * @param audience the relying party's origin, e.g. {@code https://login.example.jp}
     * @param authPin  the auth PIN; the caller closes it
     * @throws IllegalArgumentException before any APDU, when challenge or audience is malformed
     * @throws dev.mynacard.core.pin.PinFormatException before any APDU, for a malformed PIN
     * @throws dev.mynacard.apdu.WrongPinException     the card refused the PIN
     */
    public LoginToken respond(String challenge, String audience, Pin authPin, LastTry lastTry) throws IOException {
        LoginFormat.requireChallenge(challenge);
        LoginFormat.requireAudience(audience);
        SigningKey.AUTH.pin().format().check(authPin);
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(LoginFormat.MAX_TOKEN_LIFETIME);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience(audience)
                .claim("nonce", challenge)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(jti())
                .build();
        return card.session().exclusive(() -> {
            X509Certificate certificate = card.signer().certificate(SigningKey.AUTH).x509();
            SignedJWT unsigned = new SignedJWT(header(certificate), claims);
            byte[] digest = DigestAlgorithm.SHA256.digest(unsigned.getSigningInput());
            byte[] signature = card.signer().sign(SigningKey.AUTH, authPin, DigestAlgorithm.SHA256, digest, lastTry);
            return new LoginToken(serialize(unsigned, signature), expiresAt);
        });
    }

    private static JWSHeader header(X509Certificate certificate) {
        try {
            return new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .type(JOSEObjectType.JWT)
                    .x509CertChain(List.of(Base64.encode(certificate.getEncoded())))
                    .build();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate cannot be encoded", e);
        }
    }

    private static String serialize(SignedJWT unsigned, byte[] signature) {
        try {
            return new SignedJWT(unsigned.getHeader().toBase64URL(), unsigned.getPayload().toBase64URL(),
                    Base64URL.encode(signature)).serialize();
        } catch (ParseException e) {
            throw new IllegalStateException("a token built here does not parse", e);
        }
    }

    private String jti() {
        byte[] bytes = new byte[JTI_BYTES];
        random.nextBytes(bytes);
        return Base64URL.encode(bytes).toString();
    }
}
