/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import java.util.Arrays;

/** What holds the JPKI application, told by the token label in JPKI EF 0006 (docs/protocol.md §2). */
public enum CardKind {
    MY_NUMBER_CARD("JPKIAPICCTOKEN2"),
    /** The old 住民基本台帳カード. */
    JUKI_CARD("JPKIAPICCTOKEN"),
    /** The JPKI function of an Android phone. */
    ANDROID("JPKIAPGPSETOKEN"),
    /** The JPKI function of an iPhone. */
    IOS("JPKIAPIOSTOKEN"),
    UNKNOWN("");

    private final String label;

    CardKind(String label) {
        this.label = label;
    }

    /**
     * Whether mynacard works with the token: a My Number Card, or a phone's JPKI (reached through
     * a bridge), which has the JPKI application only.
     */
    public boolean isSupported() {
        return this == MY_NUMBER_CARD || this == ANDROID || this == IOS;
    }

    /** Whether the token is a phone's JPKI, which has no other application than the JPKI AP. */
    public boolean isPhone() {
        return this == ANDROID || this == IOS;
    }

    /** The token label, without its padding; empty for UNKNOWN. */
    public String label() {
        return label;
    }

    public static CardKind ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k != UNKNOWN && k.label.equals(label)).findFirst().orElse(UNKNOWN);
    }
}
