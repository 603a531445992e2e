/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import java.util.List;

/** A PC/SC function returned something other than SCARD_S_SUCCESS. The message is the code's name. */
final class PcscError extends Exception {
    private static final int FACILITY = 0x80100000;
    /** The names of 0x80100001 and on, as the PC/SC headers spell them. */
    private static final List<String> ERRORS = List.of(
            "SCARD_F_INTERNAL_ERROR", "SCARD_E_CANCELLED", "SCARD_E_INVALID_HANDLE", "SCARD_E_INVALID_PARAMETER",
            "SCARD_E_INVALID_TARGET", "SCARD_E_NO_MEMORY", "SCARD_F_WAITED_TOO_LONG",
            "SCARD_E_INSUFFICIENT_BUFFER", "SCARD_E_UNKNOWN_READER", "SCARD_E_TIMEOUT",
            "SCARD_E_SHARING_VIOLATION", "SCARD_E_NO_SMARTCARD", "SCARD_E_UNKNOWN_CARD", "SCARD_E_CANT_DISPOSE",
            "SCARD_E_PROTO_MISMATCH", "SCARD_E_NOT_READY", "SCARD_E_INVALID_VALUE", "SCARD_E_SYSTEM_CANCELLED",
            "SCARD_F_COMM_ERROR", "SCARD_F_UNKNOWN_ERROR", "SCARD_E_INVALID_ATR", "SCARD_E_NOT_TRANSACTED",
            "SCARD_E_READER_UNAVAILABLE", "SCARD_P_SHUTDOWN", "SCARD_E_PCI_TOO_SMALL",
            "SCARD_E_READER_UNSUPPORTED", "SCARD_E_DUPLICATE_READER", "SCARD_E_CARD_UNSUPPORTED",
            "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED", "SCARD_E_UNEXPECTED", "SCARD_E_ICC_INSTALLATION",
            "SCARD_E_ICC_CREATEORDER", "SCARD_E_UNSUPPORTED_FEATURE", "SCARD_E_DIR_NOT_FOUND",
            "SCARD_E_FILE_NOT_FOUND", "SCARD_E_NO_DIR", "SCARD_E_NO_FILE", "SCARD_E_NO_ACCESS",
            "SCARD_E_WRITE_TOO_MANY", "SCARD_E_BAD_SEEK", "SCARD_E_INVALID_CHV", "SCARD_E_UNKNOWN_RES_MNG",
            "SCARD_E_NO_SUCH_CERTIFICATE", "SCARD_E_CERTIFICATE_UNAVAILABLE", "SCARD_E_NO_READERS_AVAILABLE",
            "SCARD_E_COMM_DATA_LOST", "SCARD_E_NO_KEY_CONTAINER", "SCARD_E_SERVER_TOO_BUSY");
    /** The names of 0x80100065 and on. */
    private static final List<String> WARNINGS = List.of(
            "SCARD_W_UNSUPPORTED_CARD", "SCARD_W_UNRESPONSIVE_CARD", "SCARD_W_UNPOWERED_CARD",
            "SCARD_W_RESET_CARD", "SCARD_W_REMOVED_CARD", "SCARD_W_SECURITY_VIOLATION", "SCARD_W_WRONG_CHV",
            "SCARD_W_CHV_BLOCKED", "SCARD_W_EOF", "SCARD_W_CANCELLED_BY_USER", "SCARD_W_CARD_NOT_AUTHENTICATED");

    static final int SCARD_E_CANCELLED = 0x80100002;
    static final int SCARD_E_INSUFFICIENT_BUFFER = 0x80100008;
    static final int SCARD_E_TIMEOUT = 0x8010000A;
    static final int SCARD_E_PROTO_MISMATCH = 0x8010000F;

    private final int code;

    PcscError(int code) {
        super(nameOf(code));
        this.code = code;
    }

    int code() {
        return code;
    }

    /** The code's name from the PC/SC headers, e.g. "SCARD_W_REMOVED_CARD", or its hex value. */
    String codeName() {
        return getMessage();
    }

    static String nameOf(int code) {
        int index = code - FACILITY;
        if (index >= 1 && index <= ERRORS.size()) {
            return ERRORS.get(index - 1);
        }
        if (index >= 0x65 && index < 0x65 + WARNINGS.size()) {
            return WARNINGS.get(index - 0x65);
        }
        return String.format("PC/SC error 0x%08X", code);
    }
}
