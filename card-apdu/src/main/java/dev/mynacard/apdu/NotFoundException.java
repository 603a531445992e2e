/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

/** 6A82: the application or file does not exist on this card. */
public class NotFoundException extends SwException {
    public NotFoundException(int sw) {
        super(sw, StatusWord.describe(sw));
    }
}
