/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.pin.PinFormat;
import dev.mynacard.core.pin.PinReference;

/**
 * The visual AP's 照合番号 (docs/protocol.md §2, §11): each opens the card face (EF 0002) and has
 * its own retry counter, apart from the text AP's. Their maximum is not published; 10 is what the
 * simulated card uses.
 */
public enum FaceVerification implements PinReference {
    /** 照合番号A, the 12-digit 個人番号 (EF 0013). */
    A(0x0013, PinFormat.DIGITS_12, "照合番号A (visual AP)"),
    /** 照合番号B, birth date YYMMDD (era year) + expiry year + security code (EF 0012). */
    B(0x0012, PinFormat.DIGITS_14, "照合番号B (visual AP)");

    private static final int MAX_TRIES = 10;

    private final int fid;
    private final PinFormat format;
    private final String label;

    FaceVerification(int fid, PinFormat format, String label) {
        this.fid = fid;
        this.format = format;
        this.label = label;
    }

    @Override
    public MynaApplication application() {
        return MynaApplication.VISUAL;
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
