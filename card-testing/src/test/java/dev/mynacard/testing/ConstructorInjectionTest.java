/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.sim.card.SimulatedCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A card resolved in the constructor is the test method's card, and the method's profile applies. */
@ExtendWith(SimulatedCardExtension.class)
@CardProfile(authTries = 2)
class ConstructorInjectionTest {
    private final MyNumberCard card;
    private final SimulatedCard simulated;

    ConstructorInjectionTest(MyNumberCard card, SimulatedCard simulated) {
        this.card = card;
        this.simulated = simulated;
    }

    @Test
    void theClassProfileApplies() throws Exception {
        assertEquals(2, card.pins().status(PinKind.AUTH).remaining());
    }

    @Test
    @CardProfile(authTries = 1)
    void aMethodProfileReplacesTheClassProfile(SimulatedCard sameCard) throws Exception {
        assertSame(simulated, sameCard);
        assertEquals(1, card.pins().status(PinKind.AUTH).remaining());
    }
}
