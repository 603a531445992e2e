/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.option;

import dev.mynacard.apdu.vpcd.VpcdOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --vpcd HOST:PORT, an IPv6 host in brackets ({@code [::1]:35963}). */
public final class VpcdAddressConverter implements ITypeConverter<VpcdOptions> {
    @Override
    public VpcdOptions convert(String value) {
        int colon = value.lastIndexOf(':');
        String host = colon > 0 ? value.substring(0, colon) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = -1;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (host.isBlank() || port < 1 || port > 65535) {
            throw new TypeConversionException("'" + value + "' is not HOST:PORT with a port from 1 to 65535,"
                    + " e.g. 127.0.0.1:35963");
        }
        return VpcdOptions.defaults().withAddress(host, port);
    }
}
