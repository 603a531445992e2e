/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.card;

import dev.mynacard.sim.applet.FileApplet;
import dev.mynacard.sim.applet.JpkiApplet;
import dev.mynacard.sim.applet.JukiApplet;
import dev.mynacard.sim.applet.MynaApplet;
import dev.mynacard.sim.applet.SettingsApplet;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/** The applications of the simulated card (docs/protocol.md §1) and the applet that implements each. */
public enum CardApplication {
    /** 公的個人認証AP. */
    JPKI("D392F000260100000001", JpkiApplet.class),
    /** 券面事項入力補助AP. */
    TEXT("D3921000310001010408", FileApplet.class),
    /** 券面事項確認AP. */
    VISUAL("D3921000310001010402", FileApplet.class),
    /** 共通AP, where the 住基 PIN is read and changed. */
    COMMON("D3921000310001010100", JukiApplet.class),
    /** 住基AP, holding the second copy of the 住基 PIN. */
    JUKI("D3921000310001010401", JukiApplet.class),
    /**
     * The simulator's card OS settings (ATR, how a verified PIN answers the retry query): a
     * proprietary AID ("F0" + "MYNACARDOS"), selectable only until it is personalised.
     */
    SETTINGS("F04D594E41434152444F53", SettingsApplet.class);

    private final byte[] aid;
    private final Class<? extends MynaApplet> appletClass;

    CardApplication(String aidHex, Class<? extends MynaApplet> appletClass) {
        this.aid = HexFormat.of().parseHex(aidHex);
        this.appletClass = appletClass;
    }

    public byte[] aid() {
        return aid.clone();
    }

    Class<? extends MynaApplet> appletClass() {
        return appletClass;
    }

    /** The application with this AID, if the card has one. */
    public static Optional<CardApplication> byAid(byte[] aid) {
        return Arrays.stream(values()).filter(a -> Arrays.equals(a.aid, aid)).findFirst();
    }
}
