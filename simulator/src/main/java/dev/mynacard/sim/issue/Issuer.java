/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import dev.mynacard.sim.image.CardImage;
import java.security.KeyPair;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues synthetic My Number Cards: generates the holder's keys from the profile's seed, has the
 * simulator's roots certify them, and lays everything out as a {@link CardImage}, ready for
 * personalisation. The same profile always gives a byte-identical image.
 */
public final class Issuer {
    private final SimulatorPki pki;

    public Issuer(SimulatorPki pki) {
        this.pki = Objects.requireNonNull(pki, "pki");
    }

    /** An issuer using the {@link SimulatorPki#standard() standard} simulator roots. */
    public static Issuer standard() {
        return new Issuer(SimulatorPki.standard());
    }

    public SimulatorPki pki() {
        return pki;
    }

    public IssuedCard issue(HolderProfile profile) {
        CardFacts facts = CardFacts.of(profile);
        KeyPair authKeys = RsaKeys.generate(SeededRandom.forPurpose(profile.seed(), "auth-key"));
        Credential auth = new Credential(authKeys,
                HolderCertificates.auth(pki.authAuthority(), authKeys.getPublic(), profile, facts));
        Credential sign = null;
        if (profile.signCertificate()) {
            KeyPair signKeys = RsaKeys.generate(SeededRandom.forPurpose(profile.seed(), "sign-key"));
            sign = new Credential(signKeys,
                    HolderCertificates.sign(pki.signAuthority(), signKeys.getPublic(), profile, facts));
        }
        KeyPair faceKey = profile.variant().token().isCard()
                ? RsaKeys.generate(SeededRandom.forPurpose(profile.seed(), "visual-card-key")) : null;
        CardImage image = CardLayout.image(profile, facts, pki, auth, sign, faceKey);
        return new IssuedCard(image, profile, facts, auth.certificate(),
                Optional.ofNullable(sign).map(Credential::certificate), pki.authRoot(), pki.signRoot());
    }
}
