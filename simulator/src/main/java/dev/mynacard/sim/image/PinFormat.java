/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.image;

/** The formats the card accepts for a new PIN in CHANGE REFERENCE DATA / CHANGE KEY. */
public enum PinFormat {
    /** Exactly 4 digits: auth, text and juki PINs. */
    DIGITS_4,
    /** 6–16 characters of A–Z and 0–9: the sign password. */
    ALPHANUMERIC_6_16,
    /** 照合番号A: the 12-digit 個人番号. Not changeable. */
    DIGITS_12,
    /** 照合番号B: birth date, expiry year and security code, 14 digits. Not changeable. */
    DIGITS_14
}
