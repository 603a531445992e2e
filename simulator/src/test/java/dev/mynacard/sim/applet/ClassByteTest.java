/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassByteTest {
    @ParameterizedTest(name = "CLA {0} -> {1}")
    @CsvSource({
        "00, 0000", "80, 0000",
        "01, 6881", "03, 6881", "81, 6881", "40, 6881", "4F, 6881", "0D, 6881",
        "04, 6882", "08, 6882", "0C, 6882", "8C, 6882",
        "10, 6884", "90, 6884",
        "20, 6E00", "A0, 6E00", "C0, 6E00", "E0, 6E00", "FF, 6E00"})
    void classifiesTheClassByte(String cla, String sw) {
        assertEquals(Integer.parseInt(sw, 16), ClassByte.check((byte) Integer.parseInt(cla, 16)) & 0xFFFF);
    }
}
