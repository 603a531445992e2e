/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import dev.mynacard.apdu.CardIoException;
import java.util.Optional;

/**
 * The card is not a My Number Card: it has no JPKI application, or its token label names another
 * kind of token (an old 住基カード, a phone, something unknown).
 */
public class NotAMyNumberCardException extends CardIoException {
    private final transient TokenInfo tokenInfo;

    /** The card has no JPKI application. */
    public NotAMyNumberCardException(String message, Throwable cause) {
        super(message, cause);
        this.tokenInfo = null;
    }

    /** The card has a JPKI application whose token is not a My Number Card. */
    public NotAMyNumberCardException(TokenInfo tokenInfo) {
        super("the JPKI token is " + (tokenInfo.kind() == CardKind.UNKNOWN
                ? "unknown (label '" + tokenInfo.label() + "')" : tokenInfo.kind() + " ('" + tokenInfo.label() + "')")
                + ", not a My Number Card");
        this.tokenInfo = tokenInfo;
    }

    /** The token information, when the card has a JPKI application. */
    public Optional<TokenInfo> tokenInfo() {
        return Optional.ofNullable(tokenInfo);
    }
}
