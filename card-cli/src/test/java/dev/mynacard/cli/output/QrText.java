/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a QR code back from the lines a terminal shows, as a camera would see them: each half
 * block becomes modules, each module a square of pixels, and ZXing's detector looks for the code
 * in the picture (finder patterns, quiet zone and all), not in a matrix handed to it.
 */
public final class QrText {
    private static final int PIXELS_PER_MODULE = 4;
    private static final int WHITE = 0xFFFFFF;

    private QrText() {
    }

    /** The text of the QR code in {@code lines} (ANSI colours are ignored: the ink is what is drawn). */
    public static String decode(List<String> lines) throws ReaderException {
        List<String> plain = lines.stream().map(line -> line.replaceAll("\u001b\\[[0-9;]*m", "")).toList();
        int modulesWide = plain.get(0).length();
        int modulesHigh = plain.size() * 2;
        int width = modulesWide * PIXELS_PER_MODULE;
        int height = modulesHigh * PIXELS_PER_MODULE;
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, WHITE);
        for (int row = 0; row < plain.size(); row++) {
            String line = plain.get(row);
            if (line.length() != modulesWide) {
                throw NotFoundException.getNotFoundInstance();
            }
            for (int x = 0; x < modulesWide; x++) {
                char c = line.charAt(x);
                if (c == '█' || c == '▀') {
                    paint(pixels, width, x, row * 2);
                }
                if (c == '█' || c == '▄') {
                    paint(pixels, width, x, row * 2 + 1);
                }
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
    }

    private static void paint(int[] pixels, int width, int moduleX, int moduleY) {
        for (int dy = 0; dy < PIXELS_PER_MODULE; dy++) {
            for (int dx = 0; dx < PIXELS_PER_MODULE; dx++) {
                pixels[(moduleY * PIXELS_PER_MODULE + dy) * width + moduleX * PIXELS_PER_MODULE + dx] = 0;
            }
        }
    }
}
