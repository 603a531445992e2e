/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the empty VERIFY (the retry query) answers for a PIN already verified in this session:
 * real cards differ (docs/protocol.md §14).
 */
public enum VerifiedPinQuery {
    /** {@code 9000}, as the cards soltia48/myna-card was written against do (the default). */
    ANSWERS_9000("9000"),
    /** {@code 63Cx} with the full count, as the cards of OpenSC PR #959 do. */
    ANSWERS_TRIES("63cx");

    private final String optionName;

    VerifiedPinQuery(String optionName) {
        this.optionName = optionName;
    }

    /** The name the command lines use: {@code 9000} or {@code 63cx}. */
    public String optionName() {
        return optionName;
    }

    public static Optional<VerifiedPinQuery> ofOptionName(String name) {
        return Arrays.stream(values()).filter(query -> query.optionName.equalsIgnoreCase(name)).findFirst();
    }
}
