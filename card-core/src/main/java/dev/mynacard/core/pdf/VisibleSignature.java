/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a signature shows on the page, and the font its text (the holder's name, the signing
 * time) is written in: a TrueType or OpenType font with the name's glyphs (for a Japanese name e.g.
 * IPAexGothic or Noto Sans CJK), embedded as a subset.
 *
 * @param page the page number, from 1
 * @param x    from the page's left edge, in points (1/72 inch)
 * @param y    from the page's bottom edge, in points
 */
public record VisibleSignature(int page, float x, float y, float width, float height, Path font) {
    public VisibleSignature {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1");
        }
        if (width <= 0 || height <= 0 || x < 0 || y < 0) {
            throw new IllegalArgumentException("the rectangle needs a positive size and a position on the page");
        }
        Objects.requireNonNull(font, "font");
    }
}
