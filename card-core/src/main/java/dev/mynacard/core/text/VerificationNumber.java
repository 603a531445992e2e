/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.pin.PinFormat;
import dev.mynacard.core.pin.PinReference;

/**
 * The 照合番号 of the two 券面 applications (docs/protocol.md §2, §11): in the text AP alternatives
 * to the text PIN that each open one EF, in the visual AP the keys to the card face. Each has its
 * own retry counter; their maximum is not published, 10 is what the simulated card uses.
 */
public enum VerificationNumber implements PinReference {
    /** Text AP 照合番号A, the 12-digit 個人番号 itself (EF 0014): opens EF 0001 (個人番号). */
    A(MynaApplication.TEXT, 0x0014, PinFormat.DIGITS_12, "照合番号A"),
    /** Text AP 照合番号B, birth date YYMMDD (era year) + expiry year + security code (EF 0015): opens EF 0002. */
    B(MynaApplication.TEXT, 0x0015, PinFormat.DIGITS_14, "照合番号B"),
    /** Visual AP 照合番号A, the 個人番号 (EF 0013): opens the card face. */
    FACE_A(MynaApplication.VISUAL, 0x0013, PinFormat.DIGITS_12, "照合番号A (visual AP)"),
    /** Visual AP 照合番号B, the same 14 digits as the text AP's (EF 0012): opens the card face. */
    FACE_B(MynaApplication.VISUAL, 0x0012, PinFormat.DIGITS_14, "照合番号B (visual AP)");

    private static final int MAX_TRIES = 10;

    private final MynaApplication application;
    private final int fid;
    private final PinFormat format;
    private final String label;

    VerificationNumber(MynaApplication application, int fid, PinFormat format, String label) {
        this.application = application;
        this.fid = fid;
        this.format = format;
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
        return MAX_TRIES;
    }

    @Override
    public String label() {
        return label;
    }
}
