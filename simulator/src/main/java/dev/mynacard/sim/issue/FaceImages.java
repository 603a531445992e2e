/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import com.github.jaiimageio.jpeg2000.J2KImageWriteParam;
import com.github.jaiimageio.jpeg2000.impl.J2KImageWriterSpi;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The images of a synthetic card face: the name, address and security code as printed (1-bit
 * PNG, as on real cards), and a synthetic greyscale face photo in JPEG 2000 drawn from the seed.
 * Text is set in the first installed font that has every glyph (IPA Gothic, Noto Sans CJK JP, …),
 * so the images depend on the installed fonts; without a Japanese font the glyphs are boxes.
 */
final class FaceImages {
    static final int PHOTO_WIDTH = 180;
    static final int PHOTO_HEIGHT = 225;
    private static final List<String> FONT_FAMILIES = List.of("IPAGothic", "IPAexGothic", "IPAPGothic",
            "Noto Sans CJK JP", "Noto Sans JP", "VL Gothic", "TakaoGothic", "IPAMincho");
    private static final int TEXT_SIZE = 28;
    private static final int LINE_WIDTH = 600;
    private static final int MARGIN = 4;
    /** JPEG 2000 rate in bits per pixel: about 3.5 KB for the photo, the order of a real card's. */
    private static final float PHOTO_RATE = 0.7f;

    private FaceImages() {
    }

    /** The name as printed, one line. */
    static byte[] name(String name) {
        return text(List.of(name));
    }

    /** The address as printed, wrapped to the width of the card's address field. */
    static byte[] address(String address) {
        return text(wrap(address, metrics(font(address, TEXT_SIZE))));
    }

    /** The 4-digit security code as printed. */
    static byte[] securityCode(String code) {
        return text(List.of(code));
    }

    private static byte[] text(List<String> lines) {
        Font font = font(String.join("", lines), TEXT_SIZE);
        FontMetrics metrics = metrics(font);
        int width = lines.stream().mapToInt(metrics::stringWidth).max().orElse(1) + 2 * MARGIN;
        int height = lines.size() * metrics.getHeight() + 2 * MARGIN;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(font);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), MARGIN, MARGIN + i * metrics.getHeight() + metrics.getAscent());
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static List<String> wrap(String text, FontMetrics metrics) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (line.length() > 0 && metrics.stringWidth(line.toString() + Character.toString(cp)) > LINE_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
        });
        lines.add(line.toString());
        return lines;
    }

    private static Font font(String text, int size) {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : FONT_FAMILIES) {
            Font font = new Font(family, Font.PLAIN, size);
            if (installed.contains(family) && font.canDisplayUpTo(text) == -1) {
                return font;
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /**
     * A synthetic head-and-shoulders portrait, greyscale, in JPEG 2000 (JP2): the same seed always
     * gives the same picture; nobody's face.
     */
    static byte[] photo(SecureRandom random) {
        BufferedImage image = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int background = 200 + random.nextInt(40);
            g.setColor(grey(background));
            g.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
            double cx = PHOTO_WIDTH / 2.0;
            double headWidth = 78 + random.nextInt(16);
            double headHeight = headWidth * (1.22 + random.nextDouble() * 0.1);
            double headTop = 42 + random.nextInt(8);
            g.setColor(grey(60 + random.nextInt(40)));
            g.fill(new Ellipse2D.Double(cx - 80, headTop + headHeight + 8, 160, 150));
            int skin = 150 + random.nextInt(40);
            g.setColor(grey(skin - 15));
            g.fillRect((int) (cx - 16), (int) (headTop + headHeight - 12), 32, 34);
            g.setColor(grey(skin));
            g.fill(new Ellipse2D.Double(cx - headWidth / 2, headTop, headWidth, headHeight));
            g.setColor(grey(25 + random.nextInt(40)));
            double hair = headHeight * (0.32 + random.nextDouble() * 0.1);
            g.fill(new Ellipse2D.Double(cx - headWidth / 2 - 3, headTop - 8, headWidth + 6, hair * 2));
            g.setColor(grey(skin));
            g.fill(new Ellipse2D.Double(cx - headWidth / 2 + 6, headTop + hair * 0.8, headWidth - 12, headHeight * 0.7));
            double eyeY = headTop + headHeight * 0.47;
            double eyeGap = headWidth * 0.2;
            g.setColor(grey(40));
            g.fill(new Ellipse2D.Double(cx - eyeGap - 6, eyeY - 3, 12, 6));
            g.fill(new Ellipse2D.Double(cx + eyeGap - 6, eyeY - 3, 12, 6));
            g.setStroke(new BasicStroke(2.5f));
            g.drawLine((int) (cx - eyeGap - 9), (int) eyeY - 10, (int) (cx - eyeGap + 7), (int) eyeY - 11);
            g.drawLine((int) (cx + eyeGap - 7), (int) eyeY - 11, (int) (cx + eyeGap + 9), (int) eyeY - 10);
            g.setColor(grey(skin - 40));
            g.drawLine((int) cx, (int) eyeY + 6, (int) cx - 3, (int) (eyeY + headHeight * 0.17));
            g.setColor(grey(skin - 60));
            double mouthY = headTop + headHeight * 0.78;
            g.drawArc((int) cx - 12, (int) mouthY - 6, 24, 8, 200, 140);
        } finally {
            g.dispose();
        }
        return jpeg2000(image);
    }

    private static Color grey(int level) {
        int v = Math.max(0, Math.min(255, level));
        return new Color(v, v, v);
    }

    private static byte[] jpeg2000(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriter writer = new J2KImageWriterSpi().createWriterInstance();
            try {
                J2KImageWriteParam param = (J2KImageWriteParam) writer.getDefaultWriteParam();
                param.setLossless(false);
                param.setFilter(J2KImageWriteParam.FILTER_97);
                param.setEncodingRate(PHOTO_RATE);
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding the photo in JPEG 2000 failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return out.toByteArray();
    }
}
