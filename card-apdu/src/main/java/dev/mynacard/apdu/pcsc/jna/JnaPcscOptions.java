/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import java.util.Objects;

/**
 * How {@link JnaPcsc} reaches PC/SC and holds cards.
 *
 * @param library the PC/SC library's name or path, {@code null} for the platform's
 *     (libpcsclite.so.1, PCSC.framework, winscard.dll)
 * @param shareMode whether other programs may connect to a card while this one holds it
 * @param onClose what happens to the card when a connection is closed
 */
public record JnaPcscOptions(String library, ShareMode shareMode, Disposition onClose) {

    /** SCARD_SHARE_EXCLUSIVE or SCARD_SHARE_SHARED. */
    public enum ShareMode {
        /** No other program can connect to the card while this one holds it. */
        EXCLUSIVE,
        /** Other programs can connect, and send commands between ours unless we hold {@code exclusive()}. */
        SHARED
    }

    /** SCARD_LEAVE_CARD or SCARD_RESET_CARD. */
    public enum Disposition {
        /** The card keeps its state (selected application, verified PINs). */
        LEAVE_CARD,
        /** The card is reset: verified PINs and selections end. */
        RESET_CARD
    }

    public JnaPcscOptions {
        Objects.requireNonNull(shareMode, "shareMode");
        Objects.requireNonNull(onClose, "onClose");
    }

    /** The platform's library, exclusive connections, cards left as they are on close. */
    public static JnaPcscOptions defaults() {
        return new JnaPcscOptions(null, ShareMode.EXCLUSIVE, Disposition.LEAVE_CARD);
    }

    public JnaPcscOptions withLibrary(String newLibrary) {
        return new JnaPcscOptions(newLibrary, shareMode, onClose);
    }

    public JnaPcscOptions withShareMode(ShareMode newShareMode) {
        return new JnaPcscOptions(library, newShareMode, onClose);
    }

    public JnaPcscOptions withOnClose(Disposition newOnClose) {
        return new JnaPcscOptions(library, shareMode, newOnClose);
    }
}
