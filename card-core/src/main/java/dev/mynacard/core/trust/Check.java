/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.trust;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One check of a validation, its outcome and the reason for it, in words a resident can follow.
 *
 * @param reason     the reason as an English sentence
 * @param reasonKey  the reason, language-independent (e.g. {@code validity.expired}), for a translation to look up
 * @param reasonArgs the values the reason names, in the order its pattern uses them: instants, names, OIDs,
 *                   {@link Kind}s, {@link Text}s for nested phrases
 */
public record Check(Kind kind, Outcome outcome, String reason, String reasonKey, List<Object> reasonArgs) {
    /** What was checked; each report type names its checks with an enum implementing this. */
    public interface Kind {
        String description();
    }

    /**
     * A reason a check can give; each report type lists its reasons with an enum implementing this.
     * The English pattern is a {@link MessageFormat} whose arguments are the reason's values.
     */
    public interface Reason {
        String key();

        String englishPattern();
    }

    /** A phrase inside a reason (e.g. one sign of a test hierarchy), translatable like the reason itself. */
    public record Text(Reason reason, List<Object> args) {
        public Text {
            Objects.requireNonNull(reason, "reason");
            args = List.copyOf(args);
        }

        public static Text of(Reason reason, Object... args) {
            return new Text(reason, Arrays.asList(args));
        }

        /** The phrase in English: kinds by their description, phrases and lists of them joined by commas. */
        @Override
        public String toString() {
            Object[] words = args.stream().map(Text::english).toArray();
            return new MessageFormat(reason.englishPattern(), Locale.ROOT).format(words);
        }

        private static String english(Object arg) {
            if (arg instanceof Kind kind) {
                return kind.description();
            }
            if (arg instanceof Collection<?> items && !items.isEmpty()
                    && items.stream().allMatch(item -> item instanceof Kind || item instanceof Text)) {
                return items.stream().map(Text::english).collect(Collectors.joining(", "));
            }
            return String.valueOf(arg);
        }
    }

    public Check {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonKey, "reasonKey");
        reasonArgs = List.copyOf(reasonArgs);
    }

    private Check(Kind kind, Outcome outcome, Text text) {
        this(kind, outcome, text.toString(), text.reason().key(), text.args());
    }

    public static Check passed(Kind kind, Reason reason, Object... args) {
        return new Check(kind, Outcome.PASSED, Text.of(reason, args));
    }

    public static Check failed(Kind kind, Reason reason, Object... args) {
        return new Check(kind, Outcome.FAILED, Text.of(reason, args));
    }

    public static Check notChecked(Kind kind, Reason reason, Object... args) {
        return new Check(kind, Outcome.NOT_CHECKED, Text.of(reason, args));
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }

    @Override
    public String toString() {
        return outcome + " " + kind.description() + ": " + reason;
    }
}
