/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import java.util.HexFormat;

/** The applications (DFs) of the My Number Card, selected by AID (docs/protocol.md §1). */
public enum MynaApplication {
    /** 公的個人認証AP: the auth and sign certificates, keys and their PINs. */
    JPKI("D392F000260100000001", "JPKI AP (公的個人認証AP)"),
    /** 券面事項入力補助AP: 個人番号 and the basic 4 facts. */
    TEXT("D3921000310001010408", "text AP (券面事項入力補助AP)"),
    /** 券面事項確認AP: the card-face images. */
    VISUAL("D3921000310001010402", "visual AP (券面事項確認AP)"),
    /** 共通AP: the 住基 PIN the library reads and the card record with the card's expiry. */
    COMMON("D3921000310001010100", "共通AP (…0100)"),
    /** 住基AP: the second copy of the 住基 PIN. */
    JUKI("D3921000310001010401", "住基AP (…0401)");

    private final byte[] aid;
    private final String label;

    MynaApplication(String aidHex, String label) {
        this.aid = HexFormat.of().parseHex(aidHex);
        this.label = label;
    }

    public byte[] aid() {
        return aid.clone();
    }

    /** A name for messages, e.g. {@code 共通AP (…0100)}. */
    public String label() {
        return label;
    }
}
