/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.trust.Check;

/** The PDF checks of a signature, and of the file as a whole. */
public enum PdfCheck implements Check.Kind {
    FIELD("signature field"),
    SUB_FILTER("sub-filter"),
    BYTE_RANGE("byte range"),
    CONTENTS("signature contents"),
    COVERAGE("signed revision"),
    CHANGES("changes after signing"),
    SIGNED_TO_END("signed to the end of the file");

    private final String description;

    PdfCheck(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
