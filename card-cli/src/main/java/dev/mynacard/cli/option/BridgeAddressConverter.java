/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.option;

import dev.mynacard.apdu.bridge.BridgeAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --bridge [HOST:]PORT and --bridge-connect HOST:PORT; an IPv6 host in brackets ({@code [::1]:35963}). */
public final class BridgeAddressConverter implements ITypeConverter<BridgeAddress> {
    @Override
    public BridgeAddress convert(String value) {
        try {
            return BridgeAddress.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage() + "; write [HOST:]PORT, e.g. 0.0.0.0:"
                    + BridgeAddress.DEFAULT_PORT);
        }
    }
}
