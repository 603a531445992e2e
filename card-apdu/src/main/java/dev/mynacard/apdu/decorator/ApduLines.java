/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

/**
 * The text lines shared by traces and recordings: {@code > } command (see {@link ApduRedaction}),
 * {@code < } response, {@code ! } transport error.
 */
public final class ApduLines {
    public static final String COMMAND = "> ";
    public static final String RESPONSE = "< ";
    public static final String ERROR = "! ";

    private ApduLines() {
    }

    public static String command(byte[] command) {
        return COMMAND + ApduRedaction.format(command);
    }

    public static String response(byte[] response) {
        return RESPONSE + ApduRedaction.hex(response);
    }

    /** The response with its data replaced by its length, e.g. {@code < <17 bytes> 90 00}. */
    public static String responseWithoutData(byte[] response) {
        if (response.length <= 2) {
            return response(response);
        }
        int dataLength = response.length - 2;
        byte[] sw = {response[dataLength], response[dataLength + 1]};
        return RESPONSE + "<" + dataLength + " bytes> " + ApduRedaction.hex(sw);
    }

    public static String error(Exception error) {
        return ERROR + error.getClass().getSimpleName() + ": " + error.getMessage();
    }
}
