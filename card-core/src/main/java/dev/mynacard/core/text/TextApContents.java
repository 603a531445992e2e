/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

/** What the text PIN opens: 個人番号 and the basic 4 facts. */
public record TextApContents(IndividualNumber number, BasicFourFacts facts) {
}
