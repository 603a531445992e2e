/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.TransportDecorator;
import java.io.IOException;

/**
 * Answers a 6Cxx (wrong Le, the card has xx bytes; 00 = 256) by re-sending the same command once
 * with Le = xx, and returns whatever that second exchange answers — a second 6Cxx included, so a
 * confused card cannot make it loop. A command that does not decode as an APDU is never re-sent:
 * its response is passed through.
 */
public final class LeCorrectionTransport extends TransportDecorator {
    private static final int WRONG_LE = 0x6C;

    public LeCorrectionTransport(CardTransport inner) {
        super(inner);
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        byte[] response = inner.exchange(command);
        if (response.length < 2 || (response[response.length - 2] & 0xFF) != WRONG_LE) {
            return response;
        }
        CommandApdu original;
        try {
            original = CommandApdu.decode(command);
        } catch (IllegalArgumentException malformed) {
            return response;
        }
        int available = response[response.length - 1] & 0xFF;
        int ne = available == 0 ? CommandApdu.MAX_SHORT_NE : available;
        return inner.exchange(original.withNe(ne).encode());
    }
}
