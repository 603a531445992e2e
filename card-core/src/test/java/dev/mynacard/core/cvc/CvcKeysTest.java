/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.sim.issue.SimulatorPki;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CvcKeysTest {
    @Test
    void theListedSimulatorKeysAreTheSimulators() {
        SimulatorPki pki = SimulatorPki.standard();
        assertEquals(pki.visualCvcCaKey(), key("9000023").key());
        assertEquals(pki.textCvcCaKey(), key("9000033").key());
    }

    @Test
    void productionKeysAreRsa2048AndTrustedByDefault() {
        List<CvcKey> production = CvcKeys.listed().stream().filter(key -> !key.simulator()).toList();
        assertEquals(List.of("5000020", "5000023", "5000033"), production.stream().map(k -> k.id().number()).toList());
        for (CvcKey key : production) {
            assertEquals(2048, key.key().getModulus().bitLength());
            assertEquals(BigInteger.valueOf(65537), key.key().getPublicExponent());
            assertTrue(CvcKeys.production().trusted(key.id()).isPresent());
        }
        assertEquals("5000020/001 000000A8", production.get(0).id().toString());
    }

    @Test
    void simulatorKeysNeedTheSwitch() {
        KeyId simulator = key("9000023").id();
        assertFalse(CvcKeys.production().trusted(simulator).isPresent());
        assertTrue(CvcKeys.production().known(simulator).isPresent());
        assertTrue(CvcKeys.production().withSimulator().trusted(simulator).isPresent());
    }

    private static CvcKey key(String number) {
        return CvcKeys.listed().stream().filter(k -> k.id().number().equals(number)).findFirst().orElseThrow();
    }
}
