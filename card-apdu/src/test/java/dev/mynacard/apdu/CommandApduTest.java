/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandApduTest {

    private static byte[] filled(int length) {
        byte[] data = new byte[length];
        Arrays.fill(data, (byte) 0xA5);
        return data;
    }

    private static String encoded(CommandApdu command) {
        return Hex.text(command.encode());
    }

    @Nested
    class Encoding {
        @Test
        void case1IsTheHeaderOnly() {
            CommandApdu c = CommandApdu.of(0x00, 0x20, 0x00, 0x80);
            assertEquals("00 20 00 80", encoded(c));
            assertEquals(ApduCase.CASE_1, c.apduCase());
            assertFalse(c.isExtended());
        }

        @ParameterizedTest
        @CsvSource({
            "1,     00 B0 00 00 01,       false",
            "255,   00 B0 00 00 FF,       false",
            "256,   00 B0 00 00 00,       false",
            "257,   00 B0 00 00 00 01 01, true",
            "65535, 00 B0 00 00 00 FF FF, true",
            "65536, 00 B0 00 00 00 00 00, true",
        })
        void case2UsesShortLeUpTo256(int ne, String wire, boolean extended) {
            CommandApdu c = CommandApdu.of(0x00, 0xB0, 0x00, 0x00, ne);
            assertEquals(wire, encoded(c));
            assertEquals(ApduCase.CASE_2, c.apduCase());
            assertEquals(extended, c.isExtended());
            assertEquals(ne, c.ne());
        }

        @Test
        void case3ShortUpToLc255() {
            CommandApdu one = CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, Hex.bytes("00 0A"));
            assertEquals("00 A4 02 0C 02 00 0A", encoded(one));
            assertEquals(ApduCase.CASE_3, one.apduCase());

            byte[] wire = CommandApdu.of(0x00, 0xD6, 0x00, 0x00, filled(255)).encode();
            assertEquals(5 + 255, wire.length);
            assertEquals(0xFF, wire[4] & 0xFF);
        }

        @Test
        void case3ExtendedFromLc256() {
            CommandApdu c = CommandApdu.of(0x00, 0xD6, 0x00, 0x00, filled(256));
            byte[] wire = c.encode();
            assertTrue(c.isExtended());
            assertEquals(7 + 256, wire.length);
            assertEquals("00 D6 00 00 00 01 00", Hex.text(Arrays.copyOf(wire, 7)));
        }

        @Test
        void case3AtMaximumLc() {
            byte[] wire = CommandApdu.of(0x00, 0xD6, 0x00, 0x00, filled(CommandApdu.MAX_LC)).encode();
            assertEquals(7 + 65535, wire.length);
            assertEquals("00 D6 00 00 00 FF FF", Hex.text(Arrays.copyOf(wire, 7)));
        }

        @Test
        void case4Short() {
            CommandApdu c = CommandApdu.of(0x80, 0x2A, 0x00, 0x80, Hex.bytes("01 02"), 256);
            assertEquals("80 2A 00 80 02 01 02 00", encoded(c));
            assertEquals(ApduCase.CASE_4, c.apduCase());
            assertFalse(c.isExtended());

            byte[] longest = CommandApdu.of(0x00, 0x88, 0x00, 0x00, filled(255), 256).encode();
            assertEquals(4 + 1 + 255 + 1, longest.length);
        }

        @Test
        void case4ExtendedWhenLcOrLeNeedsIt() {
            assertEquals("00 88 00 00 00 00 01 01 01 01",
                    encoded(CommandApdu.of(0x00, 0x88, 0x00, 0x00, Hex.bytes("01"), 257)));
            assertEquals("00 88 00 00 00 00 01 01 00 00",
                    encoded(CommandApdu.of(0x00, 0x88, 0x00, 0x00, Hex.bytes("01"), 65536)));

            byte[] wire = CommandApdu.of(0x00, 0x88, 0x00, 0x00, filled(256), 1).encode();
            assertEquals(7 + 256 + 2, wire.length);
            assertEquals("00 88 00 00 00 01 00", Hex.text(Arrays.copyOf(wire, 7)));
            assertEquals("00 01", Hex.text(Arrays.copyOfRange(wire, wire.length - 2, wire.length)));
        }

        @Test
        void asExtendedForcesTheLongForm() {
            assertEquals("00 B0 00 00 00 00 01", encoded(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 1).asExtended()));
            assertEquals("00 B0 00 00 00 01 00", encoded(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 256).asExtended()));
            assertEquals("00 D6 00 00 00 00 01 AA",
                    encoded(CommandApdu.of(0x00, 0xD6, 0x00, 0x00, Hex.bytes("AA")).asExtended()));
            assertEquals("00 88 00 00 00 00 01 AA 01 00",
                    encoded(CommandApdu.of(0x00, 0x88, 0x00, 0x00, Hex.bytes("AA"), 256).asExtended()));
            assertTrue(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 1).asExtended().isExtended());
        }

        @Test
        void asExtendedKeepsAnExtendedCommand() {
            CommandApdu extended = CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 65536);
            assertSame(extended, extended.asExtended());
        }

        @Test
        void case1HasNoExtendedForm() {
            CommandApdu c = CommandApdu.of(0x00, 0x20, 0x00, 0x80).asExtended();
            assertEquals("00 20 00 80", encoded(c));
            assertFalse(c.isExtended());
            assertEquals(c, CommandApdu.decode(c.encode()));
        }

        @Test
        void withNeChangesOnlyTheExpectedLength() {
            CommandApdu read = CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 65536);
            assertEquals("00 B0 00 00 10", encoded(read.withNe(16)));
            assertEquals("00 B0 00 00", encoded(read.withNe(0)));
            CommandApdu sign = CommandApdu.of(0x80, 0x2A, 0x00, 0x80, Hex.bytes("01 02"));
            assertEquals("80 2A 00 80 02 01 02 00", encoded(sign.withNe(256)));
            assertThrows(IllegalArgumentException.class, () -> read.withNe(65537));
        }
    }

    @Nested
    class Decoding {
        @ParameterizedTest
        @CsvSource({
            "00 20 00 80,                   CASE_1, false, 0, 0",
            "00 B0 00 00 00,                CASE_2, false, 0, 256",
            "00 B0 00 00 00 01 01,          CASE_2, true,  0, 257",
            "00 B0 00 00 00 00 00,          CASE_2, true,  0, 65536",
            "00 A4 02 0C 02 00 0A,          CASE_3, false, 2, 0",
            "00 D6 00 00 00 00 01 AA,       CASE_3, true,  1, 0",
            "80 2A 00 80 02 01 02 00,       CASE_4, false, 2, 256",
            "80 2A 00 80 02 01 02 10,       CASE_4, false, 2, 16",
            "00 88 00 00 00 00 01 AA 00 00, CASE_4, true,  1, 65536",
            "00 88 00 00 00 00 01 AA 01 01, CASE_4, true,  1, 257",
        })
        void detectsCaseAndEncoding(String wire, ApduCase expectedCase, boolean extended, int nc, int ne) {
            CommandApdu c = CommandApdu.decode(Hex.bytes(wire));
            assertEquals(expectedCase, c.apduCase());
            assertEquals(extended, c.isExtended());
            assertEquals(nc, c.nc());
            assertEquals(ne, c.ne());
            assertEquals(wire, encoded(c), "re-encoding gives the same bytes");
        }

        @Test
        void readsHeaderAndData() {
            CommandApdu c = CommandApdu.decode(Hex.bytes("0C A4 04 0C 03 D3 92 F0"));
            assertEquals(0x0C, c.cla());
            assertEquals(0xA4, c.ins());
            assertEquals(0x04, c.p1());
            assertEquals(0x0C, c.p2());
            assertArrayEquals(Hex.bytes("D3 92 F0"), c.data());
        }

        @Test
        void roundTripsAtTheBoundaries() {
            List<CommandApdu> commands = List.of(
                    CommandApdu.of(0x00, 0x20, 0x00, 0x80),
                    CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 1),
                    CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 256),
                    CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 257),
                    CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 65536),
                    CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 1).asExtended(),
                    CommandApdu.of(0x00, 0xD6, 0x00, 0x00, filled(255)),
                    CommandApdu.of(0x00, 0xD6, 0x00, 0x00, filled(256)),
                    CommandApdu.of(0x00, 0xD6, 0x00, 0x00, filled(65535)),
                    CommandApdu.of(0x00, 0xD6, 0x00, 0x00, filled(1)).asExtended(),
                    CommandApdu.of(0x00, 0x88, 0x00, 0x00, filled(255), 256),
                    CommandApdu.of(0x00, 0x88, 0x00, 0x00, filled(256), 256),
                    CommandApdu.of(0x00, 0x88, 0x00, 0x00, filled(1), 257),
                    CommandApdu.of(0x00, 0x88, 0x00, 0x00, filled(65535), 65536),
                    CommandApdu.of(0x00, 0x88, 0x00, 0x00, filled(1), 1).asExtended());
            for (CommandApdu c : commands) {
                CommandApdu decoded = CommandApdu.decode(c.encode());
                assertEquals(c, decoded, c.toString());
                assertEquals(c.hashCode(), decoded.hashCode());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "",
            "00 A4 04",
            "00 B0 00 00 00 01",           // 6 bytes: neither short nor extended
            "00 A4 02 0C 02 00",           // Lc 2, one data byte
            "00 A4 02 0C 01 00 0A 00",     // Lc 1, two trailing bytes
            "00 D6 00 00 00 00 00 AA",     // extended Lc 0
            "00 D6 00 00 00 00 02 AA",     // extended Lc 2, one data byte
            "00 88 00 00 00 00 01 AA 00",  // extended data then a 1-byte Le
            "00 88 00 00 00 00 01 AA 00 00 00", // extended, trailing byte
        })
        void rejectsLengthsMatchingNoCase(String wire) {
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.decode(Hex.bytes(wire)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"00 60 00 00", "00 6F 00 00 00", "00 90 00 00 01 AA", "00 9F 00 00", "FF A4 00 00"})
        void rejectsReservedInsAndCla(String wire) {
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.decode(Hex.bytes(wire)));
        }
    }

    @Nested
    class Validation {
        @ParameterizedTest
        @ValueSource(ints = {0x60, 0x61, 0x6C, 0x6F, 0x90, 0x9F})
        void rejectsStatusWordIns(int ins) {
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, ins, 0x00, 0x00));
        }

        @Test
        void rejectsValuesOutsideAByte() {
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(-1, 0xA4, 0x00, 0x00));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x100, 0xA4, 0x00, 0x00));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, 0x1A4, 0x00, 0x00));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, 0xA4, 256, 0x00));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, 0xA4, 0x00, -1));
        }

        @Test
        void rejectsClaFf() {
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0xFF, 0xA4, 0x00, 0x00));
        }

        @Test
        void rejectsLengthsOutOfRange() {
            assertThrows(IllegalArgumentException.class,
                    () -> CommandApdu.of(0x00, 0xD6, 0x00, 0x00, new byte[65536]));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 65537));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 0));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, 0xB0, 0x00, 0x00, -1));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, 0xD6, 0x00, 0x00, new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0x00, 0xD6, 0x00, 0x00, (byte[]) null));
            assertThrows(IllegalArgumentException.class,
                    () -> CommandApdu.of(0x00, 0x88, 0x00, 0x00, new byte[1], 65537));
        }
    }

    @Test
    void keepsItsOwnCopyOfTheData() {
        byte[] pin = Hex.bytes("31 32 33 34");
        CommandApdu c = CommandApdu.of(0x00, 0x20, 0x00, 0x80, pin);
        pin[0] = 0;
        c.data()[1] = 0;
        assertArrayEquals(Hex.bytes("31 32 33 34"), c.data());
    }

    @Test
    void equalityIncludesTheEncoding() {
        CommandApdu shortForm = CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 16);
        assertEquals(shortForm, CommandApdu.of(0x00, 0xB0, 0x00, 0x00, 16));
        assertNotEquals(shortForm, shortForm.asExtended());
        assertNotEquals(shortForm, CommandApdu.of(0x00, 0xB0, 0x00, 0x01, 16));
    }

    @Test
    void toStringNeverShowsTheData() {
        CommandApdu c = CommandApdu.of(0x00, 0x20, 0x00, 0x80, Hex.bytes("D7 E9 F1 B3"), 16);
        String text = c.toString();
        assertEquals("CommandApdu[00 20 00 80, CASE_4, Nc=4, Ne=16]", text);
        for (String b : new String[] {"D7", "E9", "F1", "B3"}) {
            assertFalse(text.toUpperCase().contains(b), text);
        }
    }
}
