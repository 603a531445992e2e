/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import javacard.framework.AID;
import javacard.framework.Shareable;

/**
 * The card OS settings where real cards differ, written at personalisation like everything else
 * and hidden from clients afterwards (the card OS answers 6A82 to its SELECT once it is locked):
 * EF {@value #ATR_FID} holds the ATR, EF {@value #OPTIONS_FID} one byte of option flags. A card
 * personalised without them behaves like the default card.
 */
public final class SettingsApplet extends MynaApplet implements CardSettings {
    public static final short ATR_FID = 0x0001;
    public static final short OPTIONS_FID = 0x0002;
    /** Option flag: a verified PIN's empty VERIFY answers 63Cx with the full count, not 9000. */
    public static final byte OPTION_VERIFIED_QUERY_ANSWERS_TRIES = 0x01;

    private SettingsApplet() {
    }

    public static void install(byte[] bArray, short bOffset, byte bLength) {
        new SettingsApplet().register(bArray, (short) (bOffset + 1), bArray[bOffset]);
    }

    public Shareable getShareableInterfaceObject(AID clientAid, byte parameter) {
        return this;
    }

    public boolean verifiedQueryAnswersTries() {
        Ef options = files.find(OPTIONS_FID);
        return options instanceof BinaryEf && ((BinaryEf) options).size() > 0
                && (((BinaryEf) options).content()[0] & OPTION_VERIFIED_QUERY_ANSWERS_TRIES) != 0;
    }

    /** The personalised ATR EF, or null when the card keeps its default ATR. */
    public BinaryEf atr() {
        Ef atr = files.find(ATR_FID);
        return atr instanceof BinaryEf ? (BinaryEf) atr : null;
    }
}
