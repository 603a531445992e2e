/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Tests on one card loaded with {@link TestImages#image()}, reset before each test. */
abstract class LoadedCardTest {
    static SimulatedCard card;
    CardSession s;

    @BeforeAll
    static void load() {
        card = SimulatedCard.load(TestImages.image());
    }

    @BeforeEach
    void resetCard() {
        card.reset();
        s = new CardSession(card);
    }
}
