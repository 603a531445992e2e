/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.APDU;

/**
 * The 住基 applications (共通AP {@code …0100} and 住基AP {@code …0401}), each with its own copy of
 * the 住基 PIN (EF 001C), which CHANGE KEY {@code 80 32 00 80 Lc newPIN} changes after VERIFY.
 */
public final class JukiApplet extends MynaApplet {
    static final byte INS_CHANGE_KEY = 0x32;

    private JukiApplet() {
    }

    public static void install(byte[] bArray, short bOffset, byte bLength) {
        new JukiApplet().register(bArray, (short) (bOffset + 1), bArray[bOffset]);
    }

    boolean processApplicationCommand(APDU apdu, byte ins) {
        if (ins != INS_CHANGE_KEY) {
            return false;
        }
        requireP1(apdu.getBuffer(), (byte) 0);
        changePin(apdu);
        return true;
    }
}
