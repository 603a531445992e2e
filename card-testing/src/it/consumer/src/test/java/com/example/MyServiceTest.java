/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.testing.CardProfile;
import dev.mynacard.testing.SimulatedCardExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatedCardExtension.class)
class MyServiceTest {
    @Test
    void readsPins(MyNumberCard card) throws Exception {
        assertEquals(4, card.pins().statusAll().size());
    }

    @Test
    @CardProfile(authTries = 1)
    void seesTheLastTry(MyNumberCard card) throws Exception {
        assertEquals(1, card.pins().status(PinKind.AUTH).remaining());
    }
}
