/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.pin.PinFormat;
import dev.mynacard.core.pin.PinReference;

/**
 * The text AP's 照合番号: alternatives to the text PIN that each open one EF (docs/protocol.md
 * §2, §11). Their maximum tries are not published; 10 is what the simulated card uses.
 */
public enum VerificationNumber implements PinReference {
    /** 照合番号A, the 12-digit 個人番号 itself (EF 0014): opens EF 0001 (個人番号). */
    A(0x0014, PinFormat.DIGITS_12, "照合番号A"),
    /** 照合番号B, birth date YYMMDD (era year) + expiry year + security code (EF 0015): opens EF 0002. */
    B(0x0015, PinFormat.DIGITS_14, "照合番号B");

    private static final int MAX_TRIES = 10;

    private final int fid;
    private final PinFormat format;
    private final String label;

    VerificationNumber(int fid, PinFormat format, String label) {
        this.fid = fid;
        this.format = format;
        this.label = label;
    }

    @Override
    public MynaApplication application() {
        return MynaApplication.TEXT;
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
        return MAX_TRIES;
    }

    @Override
    public String label() {
        return label;
    }
}
