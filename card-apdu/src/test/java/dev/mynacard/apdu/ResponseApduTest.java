/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseApduTest {

    @Test
    void rejectsFewerThanTwoBytes() {
        assertThrows(IllegalArgumentException.class, () -> new ResponseApdu(null));
        assertThrows(IllegalArgumentException.class, () -> new ResponseApdu(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new ResponseApdu(new byte[] {(byte) 0x90}));
    }

    @Test
    void splitsDataAndStatusWord() {
        ResponseApdu r = new ResponseApdu(Hex.bytes("01 02 03 6A 82"));
        assertArrayEquals(Hex.bytes("01 02 03"), r.data());
        assertEquals(3, r.dataLength());
        assertEquals(0x6A82, r.sw());
        assertEquals(0x6A, r.sw1());
        assertEquals(0x82, r.sw2());
        assertFalse(r.isSuccess());
    }

    @Test
    void statusWordAloneHasNoData() {
        ResponseApdu r = new ResponseApdu(Hex.bytes("90 00"));
        assertEquals(0, r.data().length);
        assertTrue(r.isSuccess());
    }

    @Test
    void buildsFromDataAndStatusWord() {
        assertArrayEquals(Hex.bytes("AA BB 63 C2"), ResponseApdu.of(Hex.bytes("AA BB"), 0x63C2).encode());
        assertEquals(new ResponseApdu(Hex.bytes("90 00")), ResponseApdu.of(0x9000));
    }

    @Test
    void isImmutable() {
        byte[] wire = Hex.bytes("01 90 00");
        ResponseApdu r = new ResponseApdu(wire);
        wire[0] = 0x55;
        r.data()[0] = 0x66;
        r.encode()[0] = 0x77;
        assertArrayEquals(Hex.bytes("01 90 00"), r.encode());
    }

    @Test
    void toStringShowsLengthAndStatusButNoData() {
        String text = new ResponseApdu(Hex.bytes("D7 E9 F1 B3 90 00")).toString();
        assertTrue(text.contains("4 bytes") && text.contains("9000"), text);
        for (String b : new String[] {"D7", "E9", "F1", "B3"}) {
            assertFalse(text.toUpperCase().contains(b), text);
        }
    }
}
