/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.face;

import dev.mynacard.core.cert.JapaneseDate;
import dev.mynacard.core.cert.Sex;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;

/**
 * A picture of the card face composed from the chip's data, laid out like the front of a My Number
 * Card: name, address, birth date and sex on the left, the photo on the right, the expiry below. It
 * never shows the 個人番号 nor the security code (half of 照合番号B), and says it was composed from
 * the chip: it is not the card.
 */
public final class CardPicture {
    /** 85.6 × 54 mm at 10 pixels per millimetre. */
    static final int WIDTH = 856;
    static final int HEIGHT = 540;
    private static final List<String> FONT_FAMILIES = List.of("IPAGothic", "IPAexGothic", "IPAPGothic",
            "Noto Sans CJK JP", "Noto Sans JP", "VL Gothic", "TakaoGothic", "IPAMincho");
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color LABEL = new Color(0x55, 0x55, 0x66);
    private static final Color ACCENT = new Color(0xC8, 0x3C, 0x5A);

    private CardPicture() {
    }

    /** What the picture shows; the images as decoded from the chip. */
    public record Face(BufferedImage photo, BufferedImage name, BufferedImage address, JapaneseDate birthDate,
                       Sex sex, JapaneseDate expiry) {
    }

    public static BufferedImage compose(Face face) {
        BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            background(g);
            g.setColor(ACCENT);
            g.setFont(font(26, "個人番号カード"));
            g.drawString("個人番号カード", 40, 62);
            g.setColor(LABEL);
            g.setFont(font(15, "chip"));
            g.drawString("composed from the chip by mynacard — not an identity document", 250, 60);

            label(g, "氏名", 40, 120);
            fit(g, ink(face.name()), 110, 90, 440, 48);
            label(g, "住所", 40, 200);
            fit(g, ink(face.address()), 110, 176, 440, 96);
            label(g, "生年月日", 40, 320);
            text(g, face.birthDate().wareki() + "生", 130, 321, 24);
            label(g, "性別", 380, 320);
            text(g, sex(face.sex()), 440, 321, 24);

            g.setColor(Color.WHITE);
            g.fillRect(588, 98, 232, 290);
            fit(g, face.photo(), 592, 102, 224, 280);
            g.setColor(LABEL);
            g.setStroke(new BasicStroke(1.5f));
            g.drawRect(592, 102, 224, 280);

            g.setColor(new Color(0xFF, 0xF4, 0xF6));
            g.fill(new RoundRectangle2D.Double(36, 380, 440, 56, 12, 12));
            g.setColor(ACCENT);
            g.draw(new RoundRectangle2D.Double(36, 380, 440, 56, 12, 12));
            g.setFont(font(22, "有効期限"));
            LocalDateText expiry = new LocalDateText(face.expiry());
            g.drawString(expiry.year() + "年" + expiry.month() + "月" + expiry.day() + "日まで有効", 56, 417);
            g.setColor(LABEL);
            g.setFont(font(15, "(" + face.expiry().wareki() + ")"));
            g.drawString("(" + face.expiry().wareki() + ")", 56, 470);
        } finally {
            g.dispose();
        }
        return card;
    }

    private record LocalDateText(String year, String month, String day) {
        LocalDateText(JapaneseDate date) {
            this(String.valueOf(date.date().getYear()), String.format("%02d", date.date().getMonthValue()),
                    String.format("%02d", date.date().getDayOfMonth()));
        }
    }

    private static void background(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xFD, 0xFB, 0xF7), WIDTH, HEIGHT, new Color(0xF1, 0xEE, 0xF6)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xE9, 0xE3, 0xEF));
        for (int x = -HEIGHT; x < WIDTH; x += 28) {
            g.drawLine(x, HEIGHT, x + HEIGHT, 0);
        }
        g.setColor(new Color(0xBB, 0xB4, 0xC6));
        g.setStroke(new BasicStroke(3f));
        g.draw(new RoundRectangle2D.Double(6, 6, WIDTH - 12, HEIGHT - 12, 36, 36));
    }

    private static void label(Graphics2D g, String label, int x, int y) {
        g.setColor(LABEL);
        g.setFont(font(18, label));
        g.drawString(label, x, y);
    }

    private static void text(Graphics2D g, String text, int x, int y, int size) {
        g.setColor(INK);
        g.setFont(font(size, text));
        g.drawString(text, x, y);
    }

    /** Draws {@code image} scaled down (never up beyond 1.5×) to fit the box, keeping its proportions. */
    private static void fit(Graphics2D g, BufferedImage image, int x, int y, int width, int height) {
        double scale = Math.min(1.5, Math.min((double) width / image.getWidth(), (double) height / image.getHeight()));
        int w = Math.max(1, (int) (image.getWidth() * scale));
        int h = Math.max(1, (int) (image.getHeight() * scale));
        g.drawImage(image.getScaledInstance(w, h, Image.SCALE_SMOOTH), x, y, null);
    }

    /** The dark pixels of a printed-text image in ink, the rest transparent, so the card shows through. */
    private static BufferedImage ink(BufferedImage printed) {
        BufferedImage inked = new BufferedImage(printed.getWidth(), printed.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < printed.getHeight(); y++) {
            for (int x = 0; x < printed.getWidth(); x++) {
                int rgb = printed.getRGB(x, y);
                int luma = ((rgb >> 16 & 0xFF) * 3 + (rgb >> 8 & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                if (luma < 128 && (rgb >>> 24) > 0) {
                    inked.setRGB(x, y, INK.getRGB());
                }
            }
        }
        return inked;
    }

    private static String sex(Sex sex) {
        return switch (sex) {
            case MALE -> "男";
            case FEMALE -> "女";
            case UNKNOWN -> "－";
        };
    }

    /** The first installed font of {@link #FONT_FAMILIES} with every glyph of {@code text}. */
    private static Font font(int size, String text) {
        for (String family : FONT_FAMILIES) {
            Font font = new Font(family, Font.PLAIN, size);
            if (Installed.FAMILIES.contains(family) && font.canDisplayUpTo(text) == -1) {
                return font;
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    /** Looked up once, when a picture is first composed. */
    private static final class Installed {
        static final Set<String> FAMILIES =
                Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    }
}
