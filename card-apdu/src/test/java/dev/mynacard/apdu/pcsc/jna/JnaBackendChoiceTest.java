/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynacard.apdu.pcsc.PcscBackends;
import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PcscBackends#choose} with a running PC/SC service. Its fallback to JNA when the JDK finds
 * no service is checked in {@link JnaPcscdRestartTest}, in a JVM started while pcscd is down.
 */
class JnaBackendChoiceTest {

    @BeforeAll
    static void requireTheStack() {
        PcscTestEnvironment.requireVirtualReaders();
    }

    @Test
    void namesPickTheirBackendInAnyCase() throws Exception {
        assertInstanceOf(PcscReaders.class, PcscBackends.choose("jdk"));
        assertInstanceOf(PcscReaders.class, PcscBackends.choose("JDK"));
        assertInstanceOf(JnaPcsc.class, PcscBackends.choose(" jna "));
        assertEquals("jna", PcscBackends.choose("Jna").name());
    }

    @Test
    void automaticIsTheJdkWhileItReachesPcsc() throws Exception {
        assertEquals("jdk", PcscBackends.choose("auto").name());
        assertEquals("jdk", PcscBackends.choose(null).name());
        assertEquals("jdk", PcscBackends.choose(" ").name());
    }

    @Test
    void anUnknownNameIsRefusedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PcscBackends.choose("pcsc"));

        assertEquals("Unknown PC/SC backend 'pcsc': choose jdk, jna or auto", e.getMessage());
    }
}
