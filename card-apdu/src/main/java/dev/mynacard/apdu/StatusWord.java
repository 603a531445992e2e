/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.util.Optional;

/**
 * Named status words: ISO 7816-4 and the ones the My Number Card uses (docs/protocol.md §9).
 * Families with a parameter in SW2 (61xx, 6Cxx, 63Cx) are described by {@link #describe(int)}.
 */
public enum StatusWord {
    SUCCESS(0x9000, "success"),
    END_OF_FILE_REACHED(0x6282, "end of file reached before reading Le bytes"),
    SELECTED_FILE_INVALIDATED(0x6283, "selected file invalidated"),
    VERIFICATION_FAILED(0x6300, "verification failed"),
    MEMORY_FAILURE(0x6581, "memory failure"),
    WRONG_LENGTH(0x6700, "wrong length"),
    LOGICAL_CHANNEL_NOT_SUPPORTED(0x6881, "logical channel not supported"),
    SECURE_MESSAGING_NOT_SUPPORTED(0x6882, "secure messaging not supported"),
    COMMAND_INCOMPATIBLE(0x6981, "command incompatible with file structure"),
    SECURITY_STATUS_NOT_SATISFIED(0x6982, "security status not satisfied (PIN not verified)"),
    AUTHENTICATION_METHOD_BLOCKED(0x6983, "authentication method blocked (PIN blocked)"),
    REFERENCE_DATA_NOT_USABLE(0x6984, "reference data not usable (PIN blocked)"),
    CONDITIONS_NOT_SATISFIED(0x6985, "conditions of use not satisfied"),
    COMMAND_NOT_ALLOWED(0x6986, "command not allowed (no current EF)"),
    WRONG_DATA(0x6A80, "incorrect data field"),
    FUNCTION_NOT_SUPPORTED(0x6A81, "function not supported"),
    FILE_NOT_FOUND(0x6A82, "file or application not found"),
    RECORD_NOT_FOUND(0x6A83, "record not found"),
    NOT_ENOUGH_MEMORY(0x6A84, "not enough memory space in the file"),
    INCORRECT_P1P2(0x6A86, "incorrect parameters P1-P2"),
    REFERENCED_DATA_NOT_FOUND(0x6A88, "referenced data not found"),
    WRONG_P1P2(0x6B00, "wrong parameters P1-P2 (offset beyond the end of the file)"),
    INS_NOT_SUPPORTED(0x6D00, "instruction not supported"),
    CLA_NOT_SUPPORTED(0x6E00, "class not supported"),
    UNKNOWN_ERROR(0x6F00, "no precise diagnosis");

    private final int code;
    private final String description;

    StatusWord(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Optional<StatusWord> of(int sw) {
        for (StatusWord s : values()) {
            if (s.code == sw) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** {@code true} for 63Cx: a PIN check failed, or answered a retry query, with x tries left. */
    public static boolean isRetryCounter(int sw) {
        return (sw & 0xFFF0) == 0x63C0;
    }

    /** The tries left in a 63Cx status word. */
    public static int triesLeft(int sw) {
        if (!isRetryCounter(sw)) {
            throw new IllegalArgumentException(hex(sw) + " carries no retry counter");
        }
        return sw & 0x0F;
    }

    /** A human description of any status word, e.g. {@code "6A82: file or application not found"}. */
    public static String describe(int sw) {
        String text = switch (sw >> 8) {
            case 0x61 -> lengthOf(sw) + " more bytes available (GET RESPONSE)";
            case 0x6C -> "wrong Le; the card has " + lengthOf(sw) + " bytes";
            default -> isRetryCounter(sw)
                    ? describeTriesLeft(triesLeft(sw))
                    : of(sw).map(StatusWord::description).orElse("unknown status word");
        };
        return hex(sw) + ": " + text;
    }

    private static String describeTriesLeft(int tries) {
        return switch (tries) {
            case 0 -> "no tries left (PIN blocked)";
            case 1 -> "1 try left";
            default -> tries + " tries left";
        };
    }

    private static int lengthOf(int sw) {
        int n = sw & 0xFF;
        return n == 0 ? 256 : n;
    }

    /** Four upper-case hex digits. */
    public static String hex(int sw) {
        return String.format("%04X", sw & 0xFFFF);
    }
}
