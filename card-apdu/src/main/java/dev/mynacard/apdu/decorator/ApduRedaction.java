/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import dev.mynacard.apdu.CommandApdu;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The one rule for showing a command APDU in a trace or a recording: bytes as upper-case hex pairs
 * separated by single spaces, except that commands which carry a PIN keep only their header.
 *
 * <p>Redacted: VERIFY (INS 20), CHANGE REFERENCE DATA (24), RESET RETRY COUNTER (2C) with any CLA,
 * their odd-INS variants (21, 25, 2D), and CHANGE KEY (INS 32 with a proprietary CLA, e.g. 80).
 * Lc, data and Le are all replaced by {@link #MARKER}, so neither a PIN nor its length shows:
 * {@code 00 20 00 80 <redacted>}. A command of these kinds without a data field (the 4-byte
 * VERIFY that asks for the retry counter) holds no secret and is shown as is.
 */
public final class ApduRedaction {
    public static final String MARKER = "<redacted>";

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private static final int HEADER_LENGTH = 4;

    private ApduRedaction() {
    }

    /** Whether a command with this CLA and INS may carry a PIN or a key in its data field. */
    public static boolean isSecretHeader(int cla, int ins) {
        int evenIns = ins & 0xFE;
        boolean isoPinCommand = evenIns == 0x20 || evenIns == 0x24 || evenIns == 0x2C;
        boolean changeKey = (cla & 0x80) != 0 && ins == 0x32;
        return isoPinCommand || changeKey;
    }

    /** Whether {@link #format(byte[])} hides everything after the header of this command. */
    public static boolean redacts(byte[] command) {
        return command.length > HEADER_LENGTH
                && isSecretHeader(command[0] & 0xFF, command[1] & 0xFF)
                && carriesData(command);
    }

    /** The command as hex, or its header followed by {@link #MARKER} when it may hold a secret. */
    public static String format(byte[] command) {
        return redacts(command) ? formatRedacted(Arrays.copyOf(command, HEADER_LENGTH)) : hex(command);
    }

    /** How a redacted command with this 4-byte header is shown. */
    public static String formatRedacted(byte[] header) {
        if (header.length != HEADER_LENGTH) {
            throw new IllegalArgumentException("a command header has 4 bytes, got " + header.length);
        }
        return hex(header) + " " + MARKER;
    }

    /** Upper-case hex pairs separated by single spaces, e.g. {@code 90 00}. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    // A malformed command may still hold PIN bytes: only a well-formed one without data is shown.
    private static boolean carriesData(byte[] command) {
        try {
            return CommandApdu.decode(command).nc() > 0;
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
