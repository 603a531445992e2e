/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TlvHeaderTest {
    private static TlvHeader parse(String hex) throws MalformedCardResponseException {
        byte[] bytes = HexFormat.of().parseHex(hex);
        return TlvHeader.parse(bytes, 0, bytes.length);
    }

    @Test
    void lengthForms() throws Exception {
        assertEquals(new TlvHeader(0, 0x30, 2, 5), parse("3005"));
        assertEquals(new TlvHeader(0, 0x30, 3, 0x80), parse("308180"));
        assertEquals(new TlvHeader(0, 0x30, 4, 0x05B2), parse("308205B2"));
        assertEquals(new TlvHeader(0, 0x30, 5, 0x010000), parse("3083010000"));
        assertEquals(0x05B6, parse("308205B2").totalLength());
    }

    @Test
    void multiByteTags() throws Exception {
        assertEquals(new TlvHeader(0, 0xFF20, 4, 0x90), parse("FF208190"));
        assertEquals(new TlvHeader(0, 0xDF22, 3, 4), parse("DF2204"));
        assertEquals(new TlvHeader(0, 0x5F8101, 4, 1), parse("5F810101"));
    }

    @Test
    void offsetAndLimit() throws Exception {
        byte[] bytes = HexFormat.of().parseHex("0000DF2203414243");
        TlvHeader header = TlvHeader.parse(bytes, 2, bytes.length);
        assertEquals(5, header.valueOffset());
        assertEquals(8, header.end());
        assertThrows(MalformedCardResponseException.class, () -> TlvHeader.parse(bytes, 2, 4));
    }

    @Test
    void refusesWhatCannotBeBounded() {
        for (String bad : new String[] {"", "30", "3080", "3084FFFFFFFF", "30FF", "3082FF", "1F", "1F8181", "5F81818101"}) {
            assertThrows(MalformedCardResponseException.class, () -> parse(bad), bad);
        }
    }
}
