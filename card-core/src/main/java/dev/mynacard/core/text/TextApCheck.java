/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import dev.mynacard.core.cvc.Authenticity;

/** The text AP's contents with whether the issuer wrote them. */
public record TextApCheck(TextApContents contents, Authenticity authenticity) {
}
