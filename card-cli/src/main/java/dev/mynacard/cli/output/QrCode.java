/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A QR code for a terminal: Unicode half blocks, two module rows per line, dark modules drawn as
 * the character's ink, with the 4-module quiet zone that scanners need around it.
 */
public final class QrCode {
    static final int QUIET_ZONE = 4;
    /** Black on bright white, whatever the terminal's own colours: phone cameras need dark on light. */
    private static final String DARK_ON_LIGHT = "\u001b[30;107m";
    private static final String RESET = "\u001b[0m";

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    /** The QR code of {@code text} (ISO 8859-1), error correction level M (15 % of it may be unreadable). */
    public static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds " + text.length() + " characters", e);
        }
    }

    /**
     * The lines to print, quiet zone included.
     *
     * @param colours force black on white with ANSI escapes (for a terminal); without them the
     *     code is dark on light only where the terminal's text is darker than its background
     */
    public List<String> lines(boolean colours) {
        int width = modules.getWidth();
        int height = modules.getHeight();
        List<String> lines = new ArrayList<>((height + 1) / 2);
        for (int y = 0; y < height; y += 2) {
            StringBuilder line = new StringBuilder(width + 16);
            if (colours) {
                line.append(DARK_ON_LIGHT);
            }
            for (int x = 0; x < width; x++) {
                boolean top = modules.get(x, y);
                boolean bottom = y + 1 < height && modules.get(x, y + 1);
                line.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            if (colours) {
                line.append(RESET);
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
