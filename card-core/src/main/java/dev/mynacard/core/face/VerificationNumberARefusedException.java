/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.face;

import dev.mynacard.apdu.CardIoException;
import java.io.IOException;

/**
 * The visual AP refused 照合番号A (the 個人番号 read with the text PIN): wrong, blocked, or one try
 * left under {@code LastTry.REFUSE}. The text PIN was right; this is 照合番号A's own counter.
 */
public class VerificationNumberARefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final CardIoException refusal;

    public VerificationNumberARefusedException(CardIoException refusal) {
        super("the visual AP refused 照合番号A: " + refusal.getMessage(), refusal);
        this.refusal = refusal;
    }

    /** The card's answer: a {@code WrongPinException}, {@code PinBlockedException} or {@code LastTryRefusedException}. */
    public CardIoException refusal() {
        return refusal;
    }
}
