/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.cert;

import dev.mynacard.cli.option.InvalidValueException;
import dev.mynacard.cli.Messages.Text;
import dev.mynacard.core.cert.CertificateSlot;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;

/** The certificates as the command line and the JSON name them: {@code auth sign auth-ca sign-ca}. */
public final class CertificateSlots {
    private CertificateSlots() {
    }

    public static String id(CertificateSlot slot) {
        return slot.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The certificate's name, e.g. "user-authentication certificate (利用者証明用電子証明書)". */
    public static Text name(CertificateSlot slot) {
        return new Text("cert." + id(slot) + ".name");
    }

    private static CertificateSlot parse(String value, Set<CertificateSlot> allowed) {
        return allowed.stream().filter(slot -> id(slot).equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new InvalidValueException("invalid.slot",
                        allowed.stream().map(CertificateSlots::id).sorted().collect(Collectors.joining(", "))));
    }

    /** Any of the four: {@code auth|sign|auth-ca|sign-ca}. */
    public static final class AnySlot implements ITypeConverter<CertificateSlot> {
        @Override
        public CertificateSlot convert(String value) {
            return parse(value, Set.copyOf(Arrays.asList(CertificateSlot.values())));
        }
    }

    /** A holder's certificate: {@code auth|sign}. */
    public static final class HolderSlot implements ITypeConverter<CertificateSlot> {
        @Override
        public CertificateSlot convert(String value) {
            return parse(value, Set.of(CertificateSlot.AUTH, CertificateSlot.SIGN));
        }
    }
}
