/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An ISO 7816-4 command APDU (cases 1–4, short or extended encoding). Immutable.
 *
 * <p>{@code ne} is the expected response length: 0 when the command has no Le field, otherwise
 * 1–65536 (a Le byte {@code 00} means 256 in short form, {@code 00 00} means 65536 in extended
 * form). The extended encoding is used only when the data exceeds 255 bytes, Ne exceeds 256, or the
 * caller asks for it.
 */
public final class CommandApdu {
    public static final int MAX_SHORT_LC = 255;
    public static final int MAX_SHORT_NE = 256;
    public static final int MAX_LC = 65535;
    public static final int MAX_NE = 65536;

    private final int cla;
    private final int ins;
    private final int p1;
    private final int p2;
    private final byte[] data;
    private final int ne;
    private final boolean extended;

    private CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int ne, boolean forceExtended) {
        this.cla = checkByte("CLA", cla);
        this.ins = checkByte("INS", ins);
        this.p1 = checkByte("P1", p1);
        this.p2 = checkByte("P2", p2);
        if ((ins & 0xF0) == 0x60 || (ins & 0xF0) == 0x90) {
            throw new IllegalArgumentException(String.format(
                    "INS %02X is invalid: 6x and 9x are reserved for status words", ins));
        }
        if (cla == 0xFF) {
            throw new IllegalArgumentException("CLA FF is invalid (reserved for PPS)");
        }
        if (data == null) {
            data = new byte[0];
        }
        if (data.length > MAX_LC) {
            throw new IllegalArgumentException("data of " + data.length + " bytes exceeds Lc 65535");
        }
        if (ne < 0 || ne > MAX_NE) {
            throw new IllegalArgumentException("Ne " + ne + " is outside 0–65536");
        }
        this.data = data.clone();
        this.ne = ne;
        boolean hasLengthField = data.length > 0 || ne > 0; // case 1 has no extended form
        this.extended = (forceExtended && hasLengthField) || data.length > MAX_SHORT_LC || ne > MAX_SHORT_NE;
    }

    private static int checkByte(String field, int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(field + " " + value + " is not a byte (0–255)");
        }
        return value;
    }

    /** Case 1: header only. */
    public static CommandApdu of(int cla, int ins, int p1, int p2) {
        return new CommandApdu(cla, ins, p1, p2, null, 0, false);
    }

    /** Case 2: header and Le. */
    public static CommandApdu of(int cla, int ins, int p1, int p2, int ne) {
        requireNe(ne);
        return new CommandApdu(cla, ins, p1, p2, null, ne, false);
    }

    /** Case 3: header and data. */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data) {
        requireData(data);
        return new CommandApdu(cla, ins, p1, p2, data, 0, false);
    }

    /** Case 4: header, data and Le. */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        requireData(data);
        requireNe(ne);
        return new CommandApdu(cla, ins, p1, p2, data, ne, false);
    }

    private static void requireData(byte[] data) {
        if (data == null || data.length == 0) {
            throw new IllegalArgumentException("Lc must be 1–65535: a command with data needs at least one byte");
        }
    }

    private static void requireNe(int ne) {
        if (ne < 1 || ne > MAX_NE) {
            throw new IllegalArgumentException("Ne " + ne + " is outside 1–65536");
        }
    }

    /** The same command, encoded in extended form even when short form would do. */
    public CommandApdu asExtended() {
        return extended ? this : new CommandApdu(cla, ins, p1, p2, data, ne, true);
    }

    /** The same command with another expected length (0 removes Le). */
    public CommandApdu withNe(int newNe) {
        return new CommandApdu(cla, ins, p1, p2, data, newNe, extended && (data.length > MAX_SHORT_LC || newNe > MAX_SHORT_NE));
    }

    public int cla() {
        return cla;
    }

    public int ins() {
        return ins;
    }

    public int p1() {
        return p1;
    }

    public int p2() {
        return p2;
    }

    /** A copy of the data field (empty when there is none). */
    public byte[] data() {
        return data.clone();
    }

    public int nc() {
        return data.length;
    }

    public int ne() {
        return ne;
    }

    public boolean isExtended() {
        return extended;
    }

    public ApduCase apduCase() {
        return ApduCase.of(data.length > 0, ne > 0);
    }

    /** The command in wire form. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 9);
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        if (extended) {
            if (data.length > 0) {
                out.write(0);
                out.write(data.length >> 8);
                out.write(data.length);
                out.writeBytes(data);
            }
            if (ne > 0) {
                if (data.length == 0) {
                    out.write(0);
                }
                int le = ne == MAX_NE ? 0 : ne;
                out.write(le >> 8);
                out.write(le);
            }
        } else {
            if (data.length > 0) {
                out.write(data.length);
                out.writeBytes(data);
            }
            if (ne > 0) {
                out.write(ne == MAX_SHORT_NE ? 0 : ne);
            }
        }
        return out.toByteArray();
    }

    /**
     * Decodes a command APDU from wire form, detecting its case and encoding.
     *
     * @throws IllegalArgumentException when the bytes are not a well-formed APDU
     */
    public static CommandApdu decode(byte[] apdu) {
        int n = apdu.length;
        if (n < 4) {
            throw new IllegalArgumentException("an APDU needs at least 4 header bytes, got " + n);
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        if (n == 4) {
            return of(cla, ins, p1, p2);
        }
        int b1 = apdu[4] & 0xFF;
        if (n == 5) {
            return of(cla, ins, p1, p2, b1 == 0 ? MAX_SHORT_NE : b1);
        }
        if (b1 != 0) {
            byte[] data = Arrays.copyOfRange(apdu, 5, Math.min(n, 5 + b1));
            if (n == 5 + b1) {
                return of(cla, ins, p1, p2, data);
            }
            if (n == 6 + b1) {
                int le = apdu[n - 1] & 0xFF;
                return of(cla, ins, p1, p2, data, le == 0 ? MAX_SHORT_NE : le);
            }
            throw malformed(n);
        }
        if (n < 7) {
            throw malformed(n);
        }
        int l = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
        if (n == 7) {
            return new CommandApdu(cla, ins, p1, p2, null, l == 0 ? MAX_NE : l, true);
        }
        if (l == 0) {
            throw malformed(n);
        }
        byte[] data = Arrays.copyOfRange(apdu, 7, Math.min(n, 7 + l));
        if (n == 7 + l) {
            return new CommandApdu(cla, ins, p1, p2, data, 0, true);
        }
        if (n == 9 + l) {
            int le = ((apdu[n - 2] & 0xFF) << 8) | (apdu[n - 1] & 0xFF);
            return new CommandApdu(cla, ins, p1, p2, data, le == 0 ? MAX_NE : le, true);
        }
        throw malformed(n);
    }

    private static IllegalArgumentException malformed(int length) {
        return new IllegalArgumentException("malformed APDU: its " + length
                + " bytes match no ISO 7816-4 case");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandApdu c && c.cla == cla && c.ins == ins && c.p1 == p1 && c.p2 == p2
                && c.ne == ne && c.extended == extended && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    /** Header, lengths and case only: the data field is never shown (it may hold a PIN). */
    @Override
    public String toString() {
        HexFormat hex = HexFormat.of().withUpperCase();
        return "CommandApdu[" + hex.toHexDigits((byte) cla) + " " + hex.toHexDigits((byte) ins) + " "
                + hex.toHexDigits((byte) p1) + " " + hex.toHexDigits((byte) p2) + ", " + apduCase()
                + (extended ? " extended" : "") + ", Nc=" + data.length + ", Ne=" + ne + "]";
    }
}
