/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.cert.Sex;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BasicFourFactsTest {
    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (tag > 0xFF) {
            out.write(tag >> 8);
        }
        out.write(tag);
        if (value.length > 0x7F) {
            out.write(0x81);
        }
        out.write(value.length);
        out.writeBytes(value);
        return out.toByteArray();
    }

    private static byte[] record(byte[]... items) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (byte[] item : items) {
            value.writeBytes(item);
        }
        return tlv(0xFF20, value.toByteArray());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parsesARecord() throws Exception {
        BasicFourFacts facts = BasicFourFacts.parse(record(tlv(0xDF21, new byte[8]), tlv(0xDF22, utf8("佐藤　花子")),
                tlv(0xDF23, utf8("東京都千代田区１−１")), tlv(0xDF24, utf8("20190501")), tlv(0xDF25, utf8("9"))));
        assertEquals("佐藤　花子", facts.name());
        assertEquals("東京都千代田区１−１", facts.address());
        assertEquals(LocalDate.of(2019, 5, 1), facts.birthDate().date());
        assertEquals("令和元年5月1日", facts.birthDate().wareki());
        assertEquals(Sex.UNKNOWN, facts.sex());
    }

    @Test
    void refusesBrokenRecords() {
        byte[] name = tlv(0xDF22, utf8("山田　太郎"));
        byte[] address = tlv(0xDF23, utf8("茨城県"));
        byte[] birth = tlv(0xDF24, utf8("19800505"));
        byte[] sex = tlv(0xDF25, utf8("1"));
        byte[][] bad = {
            record(name, address, birth),
            record(name, address, birth, tlv(0xDF25, utf8("3"))),
            record(name, address, tlv(0xDF24, utf8("19801305")), sex),
            record(name, address, tlv(0xDF24, utf8("1980055")), sex),
            record(name, name, address, birth, sex),
            record(tlv(0xDF22, new byte[] {(byte) 0xC3, 0x28}), address, birth, sex),
            tlv(0xFF21, new byte[0]),
            new byte[] {(byte) 0xFF, 0x20, 0x05, (byte) 0xDF, 0x22, 0x09, 0x41, 0x42},
            new byte[] {(byte) 0xFF, 0x20, (byte) 0x83, 0x7F, (byte) 0xFF, (byte) 0xFF},
        };
        for (byte[] record : bad) {
            assertThrows(MalformedCardResponseException.class, () -> BasicFourFacts.parse(record));
        }
    }
}
