/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.ISO7816;

/**
 * The class byte as the My Number Card interprets it: CLA 00 (ISO) and 80 (proprietary) on the
 * basic logical channel, no secure messaging, no command chaining. Shared by the applets and the
 * simulator's card-OS front, which must answer the same way before any applet is selected.
 */
public final class ClassByte {
    /** Returned by {@link #check(byte)} for a class byte the card accepts. */
    public static final short ACCEPTED = 0;

    private ClassByte() {
    }

    /** {@link #ACCEPTED}, or the status word the card answers to a command with this class byte. */
    public static short check(byte cla) {
        if (cla == (byte) 0xFF || (cla & 0x20) != 0 || ((cla & 0x80) != 0 && (cla & 0x40) != 0)) {
            return ISO7816.SW_CLA_NOT_SUPPORTED;
        }
        if ((cla & 0x40) != 0 || (cla & 0x03) != 0) {
            return ISO7816.SW_LOGICAL_CHANNEL_NOT_SUPPORTED;
        }
        if ((cla & 0x0C) != 0) {
            return ISO7816.SW_SECURE_MESSAGING_NOT_SUPPORTED;
        }
        if ((cla & 0x10) != 0) {
            return ISO7816.SW_COMMAND_CHAINING_NOT_SUPPORTED;
        }
        return ACCEPTED;
    }
}
