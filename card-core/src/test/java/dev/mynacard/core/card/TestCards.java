/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.HolderProfile;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.Issuer;
import java.util.function.UnaryOperator;

/** Simulated cards for tests: the default card once per JVM (issuing generates RSA keys), and variants. */
public final class TestCards {
    private static IssuedCard defaultCard;

    private TestCards() {
    }

    public static synchronized IssuedCard defaultCard() {
        if (defaultCard == null) {
            defaultCard = DefaultCard.issue();
        }
        return defaultCard;
    }

    /** A card issued from the default profile changed by {@code change}. */
    public static IssuedCard variant(UnaryOperator<HolderProfile.Builder> change) {
        return Issuer.standard().issue(change.apply(DefaultCard.profile().toBuilder()).build());
    }

    /** A fresh simulated card (own PIN counters) loaded with {@code card}. */
    public static SimulatedCard load(IssuedCard card) {
        return SimulatedCard.load(card.image());
    }

    /** A counting transport to a fresh simulated default card. */
    public static CountingTransport freshDefault() {
        return new CountingTransport(load(defaultCard()).transport());
    }

    public static CountingTransport counting(CardTransport transport) {
        return new CountingTransport(transport);
    }

    public static Pin pin(String value) {
        return Pin.of(value.toCharArray());
    }
}
