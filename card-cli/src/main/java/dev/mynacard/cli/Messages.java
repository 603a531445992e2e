/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.cli.output.TerminalText;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * mynacard's human messages in one language, from the bundle {@code dev.mynacard.cli.messages}
 * (English in {@code messages.properties}, Japanese in {@code messages_ja.properties}; both UTF-8).
 * Patterns are {@link MessageFormat}s.
 */
public final class Messages {
    static final String BUNDLE = "dev.mynacard.cli.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        // Without a fallback control, English would fall back to a Japanese default locale.
        return new Messages(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The bundle, for picocli's help texts. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The message for {@code key}, formatted with {@code args}. A {@link Text} argument is looked up
     * too and a number is formatted by the pattern; any other argument may come from outside (a file
     * name, a certificate, the card, an exception's message) and is shown
     * {@linkplain TerminalText#escape escaped}, so no message can carry a terminal control.
     */
    public String get(String key, Object... args) {
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = resolve(args[i]);
        }
        return new MessageFormat(bundle.getString(key), language.locale()).format(resolved);
    }

    private Object resolve(Object arg) {
        if (arg instanceof Text text) {
            return get(text);
        }
        return arg instanceof Number ? arg : TerminalText.escape(String.valueOf(arg));
    }

    public String get(Text text) {
        return get(text.key(), text.args());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A message not yet in a language: its key and arguments. */
    public record Text(String key, Object... args) {
    }
}
