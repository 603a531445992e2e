/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cvc;

import dev.mynacard.core.trust.Check;

/** What an authenticity check of a 券面 application's data looks at. */
public enum AuthenticityCheck implements Check.Kind {
    CA_KEY("CA key"),
    CERTIFICATE("card-verifiable certificate"),
    SIGNATURE("signature over the data"),
    NUMBER_DIGEST("digest of the 個人番号"),
    FACTS_DIGEST("digest of the basic 4 facts"),
    COVERAGE("what the signature covers");

    private final String description;

    AuthenticityCheck(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
