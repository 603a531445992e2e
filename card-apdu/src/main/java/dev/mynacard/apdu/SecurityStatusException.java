/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

/** 6982: the command needs a PIN that has not been verified in this session. */
public class SecurityStatusException extends SwException {
    public SecurityStatusException(int sw) {
        super(sw, StatusWord.describe(sw));
    }
}
