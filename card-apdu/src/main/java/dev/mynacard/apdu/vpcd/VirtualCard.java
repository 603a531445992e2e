/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.vpcd;

/**
 * The card side of a vpcd connection: a program that behaves like a card in the virtual reader.
 * The {@link VpcdConnector} calls these methods from its one serving thread, never concurrently.
 */
public interface VirtualCard {

    /** The answer to reset announced to the reader. */
    byte[] atr();

    /** The reader powered the card up. */
    default void powerOn() {
    }

    /** The reader powered the card down, or the connection to the reader was lost. */
    default void powerOff() {
    }

    /** The reader reset the card (warm reset): volatile state such as selections and verified PINs ends. */
    default void reset() {
    }

    /**
     * Processes one command APDU (at least 4 bytes) and returns the response APDU: data, if any,
     * followed by the two status bytes. An exception answers {@code 6F00}.
     */
    byte[] process(byte[] apdu);
}
