/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How an issued card differs from the default one where real cards and tokens differ among
 * themselves (docs/protocol.md §8, §14): its ATR, what a verified PIN's retry query answers, and
 * what kind of token holds the JPKI application.
 *
 * @param atr           the ATR as upper-case hex, or empty for the simulator's default ATR
 * @param verifiedQuery what the empty VERIFY answers for a PIN verified in this session
 * @param token         card, or a phone's JPKI (which has the JPKI application only)
 */
public record CardVariant(Optional<String> atr, VerifiedPinQuery verifiedQuery, TokenKind token) {
    /** The default card: its usual ATR, 9000 for a verified PIN, a My Number Card. */
    public static final CardVariant DEFAULT = new CardVariant(Optional.empty(), VerifiedPinQuery.ANSWERS_9000, TokenKind.CARD);
    /** ISO 7816-3: TS, T0, at most 32 bytes in all; the card OS keeps it in one EF. */
    private static final int MIN_ATR = 2;
    private static final int MAX_ATR = 33;

    public CardVariant {
        Objects.requireNonNull(atr, "atr");
        Objects.requireNonNull(verifiedQuery, "verifiedQuery");
        Objects.requireNonNull(token, "token");
        atr = atr.map(CardVariant::normaliseAtr);
    }

    public CardVariant withAtr(String hex) {
        return new CardVariant(Optional.of(hex), verifiedQuery, token);
    }

    public CardVariant withVerifiedQuery(VerifiedPinQuery query) {
        return new CardVariant(atr, query, token);
    }

    public CardVariant withToken(TokenKind kind) {
        return new CardVariant(atr, verifiedQuery, kind);
    }

    /** The ATR's bytes, if the variant sets one. */
    public Optional<byte[]> atrBytes() {
        return atr.map(HexFormat.of()::parseHex);
    }

    /**
     * Upper-case hex without separators; spaces and colons between bytes are accepted.
     *
     * @throws IllegalArgumentException when it is not hex, or not a plausible ATR (TS 3B or 3F, 2–33 bytes)
     */
    static String normaliseAtr(String hex) {
        String compact = hex.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(compact);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the ATR must be hex digits, e.g. 3BE000FF8131FE4514");
        }
        if (bytes.length < MIN_ATR || bytes.length > MAX_ATR) {
            throw new IllegalArgumentException("an ATR has 2 to 33 bytes, this one " + bytes.length);
        }
        if (bytes[0] != 0x3B && bytes[0] != 0x3F) {
            throw new IllegalArgumentException("an ATR starts with 3B or 3F (TS)");
        }
        return compact;
    }
}
