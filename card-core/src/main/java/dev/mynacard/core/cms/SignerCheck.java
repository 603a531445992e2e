/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.cms;

import dev.mynacard.core.trust.Check;

/** The checks of one CMS signer, besides the validation of its certificate. */
public enum SignerCheck implements Check.Kind {
    SIGNER_CERTIFICATE("signer certificate included"),
    DOCUMENT_SIGNATURE("document signature"),
    CONTENT_DIGEST("content digest"),
    SIGNATURE("CMS signature"),
    SIGNING_TIME("signing time"),
    CERTIFICATE("signer certificate valid");

    private final String description;

    SignerCheck(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
