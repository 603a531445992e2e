/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

/**
 * An application with files and PINs only and no instruction of its own: the text AP
 * (券面事項入力補助AP) and the visual AP (券面事項確認AP).
 */
public final class FileApplet extends MynaApplet {
    private FileApplet() {
    }

    public static void install(byte[] bArray, short bOffset, byte bLength) {
        new FileApplet().register(bArray, (short) (bOffset + 1), bArray[bOffset]);
    }
}
