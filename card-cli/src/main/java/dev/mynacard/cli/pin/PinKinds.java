/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.pin;

import dev.mynacard.cli.option.InvalidValueException;
import dev.mynacard.cli.Messages.Text;
import dev.mynacard.core.pin.PinKind;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** The PINs as the command line and the JSON name them ({@code auth sign text juki}), and their labels. */
public final class PinKinds {
    private PinKinds() {
    }

    public static String id(PinKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The PIN's name, e.g. "auth PIN (利用者証明用電子証明書の暗証番号)". */
    public static Text name(PinKind kind) {
        return new Text("pin." + id(kind) + ".name");
    }

    /** The PIN's format in words, e.g. "4 digits". */
    public static Text format(PinKind kind) {
        return new Text("pin-format." + kind.format().name());
    }

    /** Where a blocked PIN of this kind is reset. */
    public static Text resetAdvice(PinKind kind) {
        return new Text(kind == PinKind.SIGN ? "advice.reset-sign" : "advice.reset");
    }

    /** Parses {@code auth|sign|text|juki} for picocli. */
    public static final class Converter implements ITypeConverter<PinKind> {
        @Override
        public PinKind convert(String value) {
            for (PinKind kind : PinKind.values()) {
                if (id(kind).equalsIgnoreCase(value)) {
                    return kind;
                }
            }
            // The value is not repeated: someone may have typed the PIN itself here.
            throw new InvalidValueException("invalid.pin-kind");
        }
    }
}
