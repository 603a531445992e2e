/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import dev.mynacard.core.card.MynaApplication;

/** The holder's four PINs (docs/protocol.md §3). */
public enum PinKind implements PinReference {
    /** 利用者証明用電子証明書の暗証番号: JPKI EF 0018. */
    AUTH(MynaApplication.JPKI, 0x0018, PinFormat.DIGITS_4, 3, "auth PIN"),
    /** 署名用電子証明書の暗証番号: JPKI EF 001B. */
    SIGN(MynaApplication.JPKI, 0x001B, PinFormat.ALPHANUMERIC_6_16, 5, "sign password"),
    /** 券面事項入力補助用暗証番号: text AP EF 0011. */
    TEXT(MynaApplication.TEXT, 0x0011, PinFormat.DIGITS_4, 3, "text PIN"),
    /** 住民基本台帳用暗証番号: 共通AP EF 001C, with a second copy in the 住基AP. */
    JUKI(MynaApplication.COMMON, 0x001C, PinFormat.DIGITS_4, 3, "住基 PIN");

    private final MynaApplication application;
    private final int fid;
    private final PinFormat format;
    private final int maxTries;
    private final String label;

    PinKind(MynaApplication application, int fid, PinFormat format, int maxTries, String label) {
        this.application = application;
        this.fid = fid;
        this.format = format;
        this.maxTries = maxTries;
        this.label = label;
    }

    @Override
    public MynaApplication application() {
        return application;
    }

    @Override
    public int fid() {
        return fid;
    }

    @Override
    public PinFormat format() {
        return format;
    }

    @Override
    public int maxTries() {
        return maxTries;
    }

    @Override
    public String label() {
        return label;
    }
}
