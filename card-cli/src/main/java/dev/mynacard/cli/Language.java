/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import java.util.Locale;
import java.util.Optional;

/** The languages of mynacard's messages. */
public enum Language {
    JA(Locale.JAPANESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Japanese when the locale's language is Japanese, else English. */
    public static Language of(Locale locale) {
        return JA.locale.getLanguage().equals(locale.getLanguage()) ? JA : EN;
    }

    /** {@code ja} or {@code en}, in any case. */
    public static Optional<Language> parse(String value) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(value)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
