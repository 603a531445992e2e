/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sizes and offsets the JNA backend uses against what the C compilers of each platform lay out
 * (sizeof and offsetof of SCARD_READERSTATE, checked by hand against the pcsc-lite, PCSC.framework
 * and Windows SDK headers), and the names of PC/SC return codes.
 */
class JnaNativeLayoutTest {

    @Test
    void readerStateLayoutsOn64BitPlatforms() {
        Assumptions.assumeTrue(Native.POINTER_SIZE == 8, "the sizes below are those of 64-bit platforms");
        Abi pcscLite = new Abi(8, 8, 8, 33, false, "", StandardCharsets.UTF_8);
        Abi macOs = new Abi(4, 4, 4, 33, true, "", StandardCharsets.UTF_8);
        Abi windows = new Abi(4, 4, 8, 36, false, "A", StandardCharsets.UTF_8);

        // pcsc-lite: two pointers, three unsigned longs, 33 bytes, padded to 8.
        assertEquals(16, pcscLite.currentStateOffset());
        assertEquals(24, pcscLite.eventStateOffset());
        assertEquals(80, pcscLite.readerStateSize());
        // macOS: #pragma pack(1), 32-bit DWORDs.
        assertEquals(20, macOs.eventStateOffset());
        assertEquals(61, macOs.readerStateSize());
        // Windows x64: 32-bit DWORDs, rgbAtr[36], padded to 8.
        assertEquals(20, windows.eventStateOffset());
        assertEquals(64, windows.readerStateSize());
    }

    @Test
    void thisPlatformsAbiIsPcscLitesOnLinux() {
        Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux"), "pcsc-lite on Linux");

        Abi abi = Abi.current();

        assertEquals(Native.LONG_SIZE, abi.dwordSize());
        assertEquals(Native.LONG_SIZE, abi.handleSize());
        assertEquals("libpcsclite.so.1", Abi.defaultLibrary());
    }

    @ParameterizedTest
    @CsvSource({
            "0x80100001, SCARD_F_INTERNAL_ERROR",
            "0x80100002, SCARD_E_CANCELLED",
            "0x8010000B, SCARD_E_SHARING_VIOLATION",
            "0x80100017, SCARD_E_READER_UNAVAILABLE",
            "0x8010001D, SCARD_E_NO_SERVICE",
            "0x8010002E, SCARD_E_NO_READERS_AVAILABLE",
            "0x80100031, SCARD_E_SERVER_TOO_BUSY",
            "0x80100065, SCARD_W_UNSUPPORTED_CARD",
            "0x80100069, SCARD_W_REMOVED_CARD",
            "0x8010006F, SCARD_W_CARD_NOT_AUTHENTICATED",
            "0x80100032, PC/SC error 0x80100032",
            "0x00000006, PC/SC error 0x00000006",
    })
    void returnCodesAreNamedAsInTheHeaders(String code, String name) {
        assertEquals(name, PcscError.nameOf(Integer.parseUnsignedInt(code.substring(2), 16)));
    }
}
