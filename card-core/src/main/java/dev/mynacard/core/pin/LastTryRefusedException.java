/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import dev.mynacard.apdu.CardIoException;

/** Only one try is left and the caller did not allow spending it: no PIN was sent. */
public class LastTryRefusedException extends CardIoException {
    private final transient PinReference pin;

    public LastTryRefusedException(PinReference pin) {
        super("the " + pin.label() + " has 1 try left; it was not sent (allow the last try explicitly to use it)");
        this.pin = pin;
    }

    public PinReference pin() {
        return pin;
    }
}
