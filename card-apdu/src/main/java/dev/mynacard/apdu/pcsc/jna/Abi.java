/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How the PC/SC API of this platform looks in memory. The three implementations share function
 * names and constants but not their C types:
 * <ul>
 *   <li>pcsc-lite (Linux, BSD): DWORD and LONG are {@code unsigned long}/{@code long}, 64-bit on
 *       64-bit systems; SCARDCONTEXT and SCARDHANDLE are LONG; SCARD_READERSTATE is naturally
 *       aligned with a 33-byte ATR.</li>
 *   <li>macOS PCSC.framework: DWORD, LONG, SCARDCONTEXT and SCARDHANDLE are 32-bit, and
 *       SCARD_READERSTATE is packed (no padding).</li>
 *   <li>Windows winscard.dll: DWORD and LONG are 32-bit, SCARDCONTEXT and SCARDHANDLE are
 *       pointer-sized, the ATR in SCARD_READERSTATE has 36 bytes, text functions end in "A", and
 *       32-bit Windows uses stdcall.</li>
 * </ul>
 *
 * @param dwordSize bytes of DWORD
 * @param longSize bytes of LONG, the type of every return code
 * @param handleSize bytes of SCARDCONTEXT and SCARDHANDLE
 * @param readerStateAtrSize bytes of SCARD_READERSTATE's rgbAtr
 * @param packed whether SCARD_READERSTATE has no alignment padding
 * @param textSuffix suffix of the functions that take or return text
 * @param charset encoding of reader names
 */
record Abi(int dwordSize, int longSize, int handleSize, int readerStateAtrSize, boolean packed,
           String textSuffix, Charset charset) {

    /** The ABI of the platform this JVM runs on. */
    static Abi current() {
        if (Platform.isWindows()) {
            return new Abi(4, 4, Native.POINTER_SIZE, 36, false, "A", Charset.defaultCharset());
        }
        if (Platform.isMac()) {
            return new Abi(4, 4, 4, 33, true, "", StandardCharsets.UTF_8);
        }
        return new Abi(Native.LONG_SIZE, Native.LONG_SIZE, Native.LONG_SIZE, 33, false, "", StandardCharsets.UTF_8);
    }

    /** The PC/SC library of the platform this JVM runs on. */
    static String defaultLibrary() {
        if (Platform.isWindows()) {
            return "winscard";
        }
        if (Platform.isMac()) {
            return "/System/Library/Frameworks/PCSC.framework/PCSC";
        }
        return "libpcsclite.so.1";
    }

    /** What to install when the library cannot be loaded. */
    static String installHint() {
        if (Platform.isWindows() || Platform.isMac()) {
            return "it is part of the operating system; is this a minimal installation?";
        }
        return "install pcscd/libpcsclite1";
    }

    /** A DWORD argument. */
    Object dword(long value) {
        return sized(dwordSize, value);
    }

    /** A SCARDCONTEXT or SCARDHANDLE argument. */
    Object handle(long value) {
        return sized(handleSize, value);
    }

    private static Object sized(int size, long value) {
        return size == 8 ? (Object) value : (Object) (int) value;
    }

    long readDword(Pointer p, long offset) {
        return dwordSize == 8 ? p.getLong(offset) : Integer.toUnsignedLong(p.getInt(offset));
    }

    void writeDword(Pointer p, long offset, long value) {
        if (dwordSize == 8) {
            p.setLong(offset, value);
        } else {
            p.setInt(offset, (int) value);
        }
    }

    long readHandle(Pointer p) {
        return handleSize == 8 ? p.getLong(0) : p.getInt(0);
    }

    // SCARD_READERSTATE: const char *szReader; void *pvUserData; DWORD dwCurrentState;
    // DWORD dwEventState; DWORD cbAtr; unsigned char rgbAtr[readerStateAtrSize].

    long currentStateOffset() {
        return 2L * Native.POINTER_SIZE;
    }

    long eventStateOffset() {
        return currentStateOffset() + dwordSize;
    }

    long readerStateSize() {
        long size = eventStateOffset() + 2L * dwordSize + readerStateAtrSize;
        if (packed) {
            return size;
        }
        int alignment = Math.max(Native.POINTER_SIZE, dwordSize);
        return (size + alignment - 1) / alignment * alignment;
    }
}
