/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.pin;

import dev.mynacard.cli.option.InvalidValueException;
import dev.mynacard.cli.Messages.Text;
import dev.mynacard.core.text.VerificationNumber;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinReference;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** The PINs as the command line and the JSON name them ({@code auth sign text juki}), and their labels. */
public final class PinKinds {
    private PinKinds() {
    }

    public static String id(PinKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The PIN's name, e.g. "auth PIN (利用者証明用電子証明書の暗証番号)", or a 照合番号's. */
    public static Text name(PinReference pin) {
        return new Text("pin." + messageId(pin) + ".name");
    }

    /** The PIN's format in words, e.g. "4 digits". */
    public static Text format(PinReference pin) {
        return new Text("pin-format." + pin.format().name());
    }

    /** Where a blocked PIN of this kind is reset. */
    public static Text resetAdvice(PinReference pin) {
        return new Text(pin == PinKind.SIGN ? "advice.reset-sign" : "advice.reset");
    }

    /** {@code auth} … {@code juki}, or {@code verification-face-b} etc. for a 照合番号. */
    private static String messageId(PinReference pin) {
        if (pin instanceof PinKind kind) {
            return id(kind);
        }
        if (pin instanceof VerificationNumber verification) {
            return "verification-" + verification.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        throw new IllegalArgumentException("no message names " + pin.label());
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
