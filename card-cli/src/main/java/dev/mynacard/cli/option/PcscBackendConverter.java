/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.option;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/** --pcsc jdk|jna|auto, in any case. */
public final class PcscBackendConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        String name = value.strip().toLowerCase(Locale.ROOT);
        if (!name.equals("jdk") && !name.equals("jna") && !name.equals("auto")) {
            throw new InvalidValueException("invalid.pcsc", value);
        }
        return name;
    }
}
