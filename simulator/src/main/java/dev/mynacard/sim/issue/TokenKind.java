/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What holds the JPKI application, as the token label in JPKI EF 0006 says (docs/protocol.md §2).
 * A phone's JPKI (smartphone JPKI) has the JPKI application only.
 */
public enum TokenKind {
    /** A My Number Card. */
    CARD("JPKIAPICCTOKEN2"),
    /** The JPKI function of an Android phone. */
    ANDROID("JPKIAPGPSETOKEN"),
    /** The JPKI function of an iPhone. */
    IPHONE("JPKIAPIOSTOKEN");

    private final String label;

    TokenKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the token is a card, with all its applications, rather than a phone's JPKI. */
    public boolean isCard() {
        return this == CARD;
    }

    /** The name the command lines use: {@code card}, {@code android}, {@code iphone}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TokenKind> ofOptionName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.optionName().equalsIgnoreCase(name)).findFirst();
    }
}
