/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.core.card.MalformedCardResponseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndividualNumberTest {

    @Test
    void checkDigit() {
        assertTrue(new IndividualNumber("123456789018").checkDigitValid());
        assertEquals(8, IndividualNumber.checkDigit("12345678901"));
        for (int d = 0; d <= 9; d++) {
            assertEquals(d == 8, new IndividualNumber("12345678901" + d).checkDigitValid());
        }
        assertEquals(0, IndividualNumber.checkDigit("00000000000"), "r = 0");
        assertEquals(5, IndividualNumber.checkDigit("10000000000"), "leftmost digit weighs 6: r = 6");
        assertEquals(1, IndividualNumber.checkDigit("00000000005"), "rightmost digit weighs 2: r = 10");
        assertEquals(0, IndividualNumber.checkDigit("00000000006"), "r = 12 mod 11 = 1");
    }

    @Test
    void maskedEverywhereButDigits() {
        IndividualNumber number = new IndividualNumber("123456789018");
        assertEquals("IndividualNumber[********9018]", number.toString());
        assertEquals("123456789018", number.digits());
    }

    @Test
    void parsesTheEf() throws Exception {
        byte[] ef = new byte[17];
        ef[0] = (byte) 0xFF;
        ef[1] = 0x10;
        ef[2] = 0x0C;
        System.arraycopy("123456789010".getBytes(StandardCharsets.US_ASCII), 0, ef, 3, 12);
        ef[15] = (byte) 0xFF;
        ef[16] = (byte) 0xFF;
        IndividualNumber invalid = IndividualNumber.parseEf(ef);
        assertFalse(invalid.checkDigitValid(), "reported, not hidden");
        ef[5] = 'x';
        assertThrows(MalformedCardResponseException.class, () -> IndividualNumber.parseEf(ef));
        assertThrows(MalformedCardResponseException.class, () -> IndividualNumber.parseEf(new byte[14]));
        assertThrows(IllegalArgumentException.class, () -> new IndividualNumber("12345678901"));
    }
}
