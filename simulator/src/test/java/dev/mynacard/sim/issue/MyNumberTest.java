/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MyNumberTest {
    /*
     * Worked by hand from §10: digits numbered from the right of the first 11, n = 1…11,
     * weights n+1 (n ≤ 6) = 2,3,4,5,6,7 then n−5 (n ≥ 7) = 2,3,4,5,6.
     *
     * 12345678901: P(1..11) = 1,0,9,8,7,6,5,4,3,2,1
     *   Σ = 1·2 + 0·3 + 9·4 + 8·5 + 7·6 + 6·7 + 5·2 + 4·3 + 3·4 + 2·5 + 1·6
     *     = 2 + 0 + 36 + 40 + 42 + 42 + 10 + 12 + 12 + 10 + 6 = 212;  212 mod 11 = 3;  11 − 3 = 8
     * 00000000000: Σ = 0, r = 0 ≤ 1 → 0
     * 00000000001: P(1) = 1, Σ = 2, r = 2 → 11 − 2 = 9
     * 00000000005: P(1) = 5, Σ = 10, r = 10 → 11 − 10 = 1
     * 00000000006: P(1) = 6, Σ = 12, r = 1 ≤ 1 → 0
     * 10000000000: P(11) = 1, weight 11 − 5 = 6, Σ = 6, r = 6 → 5
     * 99999999999: Σ = 9·(2+3+4+5+6+7+2+3+4+5+6) = 9·47 = 423; 423 mod 11 = 5 (11·38 = 418) → 6
     */
    @Test
    void checkDigitsWorkedByHand() {
        assertEquals(8, MyNumber.checkDigit("12345678901"));
        assertEquals(0, MyNumber.checkDigit("00000000000"));
        assertEquals(9, MyNumber.checkDigit("00000000001"));
        assertEquals(1, MyNumber.checkDigit("00000000005"));
        assertEquals(0, MyNumber.checkDigit("00000000006"));
        assertEquals(5, MyNumber.checkDigit("10000000000"));
        assertEquals(6, MyNumber.checkDigit("99999999999"));
    }

    @Test
    void validatesWholeNumbers() {
        assertTrue(MyNumber.isValid("123456789018"));
        assertFalse(MyNumber.isValid("123456789017"));
        assertFalse(MyNumber.isValid("12345678901"));
        assertFalse(MyNumber.isValid("12345678901８"));
        assertFalse(MyNumber.isValid(null));
    }

    @Test
    void rejectsMalformedInputToCheckDigit() {
        assertThrows(IllegalArgumentException.class, () -> MyNumber.checkDigit("1234567890"));
        assertThrows(IllegalArgumentException.class, () -> MyNumber.checkDigit("1234567890a"));
    }

    @Test
    void generatedNumbersAreValid() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            assertTrue(MyNumber.isValid(MyNumber.generate(random)));
        }
    }
}
