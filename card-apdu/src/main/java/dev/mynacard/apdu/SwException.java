/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.util.Arrays;

/**
 * The card answered a command with a status word the caller did not allow. Typed subclasses exist
 * for the words the card library reacts to. Messages hold the status word and the command's INS,
 * never command or response data.
 */
public class SwException extends CardIoException {
    private final int sw;

    public SwException(int sw) {
        this(sw, StatusWord.describe(sw));
    }

    protected SwException(int sw, String message) {
        super(message);
        this.sw = sw & 0xFFFF;
    }

    public int sw() {
        return sw;
    }

    /**
     * Returns {@code response} when its status word is one of {@code allowed} (9000 when none is
     * given), and throws the typed exception for its status word otherwise.
     */
    public static ResponseApdu check(ResponseApdu response, int... allowed) throws SwException {
        int sw = response.sw();
        if (allowed.length == 0 ? sw == StatusWord.SUCCESS.code() : Arrays.stream(allowed).anyMatch(a -> a == sw)) {
            return response;
        }
        throw of(sw);
    }

    /** The typed exception for a status word. */
    public static SwException of(int sw) {
        if (StatusWord.isRetryCounter(sw)) {
            int left = StatusWord.triesLeft(sw);
            return left == 0 ? new PinBlockedException(sw) : new WrongPinException(sw, left);
        }
        return switch (sw) {
            case 0x6300 -> new WrongPinException(sw);
            case 0x6983, 0x6984 -> new PinBlockedException(sw);
            case 0x6982 -> new SecurityStatusException(sw);
            case 0x6A82 -> new NotFoundException(sw);
            default -> new SwException(sw);
        };
    }
}
