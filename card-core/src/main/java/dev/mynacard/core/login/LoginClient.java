/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.login;

import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.sign.DigestAlgorithm;
import dev.mynacard.core.sign.SigningKey;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The holder's side of card login: answers a relying party's challenge by signing a
 * {@link LoginStatement} (challenge, the relying party's origin, the time now) with the card's
 * authentication key, SHA-256. In one exclusive operation: the auth PIN is verified and the
 * statement signed (the PIN first, so a wrong PIN costs nothing more), then the auth certificate
 * and the card's root (EF 000B) are read for the {@link LoginResponse}.
 */
public final class LoginClient {
    private final MyNumberCard card;
    private final Clock clock;

    public LoginClient(MyNumberCard card) {
        this(card, Clock.systemUTC());
    }

    /** @param clock the source of the statement's timestamp */
    public LoginClient(MyNumberCard card, Clock clock) {
        this.card = Objects.requireNonNull(card, "card");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Signs the answer to {@code challenge} for {@code audience}.
     *
     * @param audience the relying party's origin, e.g. {@code https://login.example.jp}
     * @param authPin  the auth PIN; the caller closes it
     * @throws IllegalArgumentException before any APDU, when challenge or audience is malformed
     * @throws dev.mynacard.core.pin.PinFormatException before any APDU, for a malformed PIN
     * @throws dev.mynacard.apdu.WrongPinException     the card refused the PIN
     */
    public LoginResponse respond(String challenge, String audience, Pin authPin, LastTry lastTry) throws IOException {
        LoginStatement statement = new LoginStatement(challenge, audience, clock.instant());
        byte[] digest = DigestAlgorithm.SHA256.digest(statement.encode());
        CardSession session = card.session();
        return session.exclusive(() -> {
            byte[] signature = card.signer().sign(SigningKey.AUTH, authPin, DigestAlgorithm.SHA256, digest, lastTry);
            X509Certificate certificate = card.signer().certificate(SigningKey.AUTH).x509();
            X509Certificate root = card.certificates().read(CertificateSlot.AUTH_CA).x509();
            return new LoginResponse(statement, List.of(certificate, root), signature);
        });
    }
}
