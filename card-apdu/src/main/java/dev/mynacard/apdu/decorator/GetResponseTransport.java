/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.TransportDecorator;
import dev.mynacard.apdu.TransportException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Collects a response the card hands out in pieces: while the status word is 61xx (xx more bytes;
 * 00 = 256) it sends GET RESPONSE {@code 00 C0 00 00 xx} and appends the data. The result is all
 * the data followed by the last status word.
 *
 * <p>GET RESPONSE always goes out with CLA 00: the My Number Card serves logical channel 0 only and
 * no secure messaging, and copying a proprietary CLA (the 80 of a signature command) into this
 * interindustry command would be wrong.
 *
 * <p>A card that never stops answering 61xx cannot make this hang or grow without limit: more
 * than {@code maxRounds} GET RESPONSE commands, or more than {@code maxLength} data bytes in
 * total, fail with a {@link TransportException.Reason#PROTOCOL} error.
 */
public final class GetResponseTransport extends TransportDecorator {
    /** Room for the largest extended response (65536 bytes) plus one more short chunk. */
    public static final int DEFAULT_MAX_LENGTH = CommandApdu.MAX_NE + CommandApdu.MAX_SHORT_NE;
    /** Enough 256-byte chunks to carry {@link #DEFAULT_MAX_LENGTH}. */
    public static final int DEFAULT_MAX_ROUNDS = DEFAULT_MAX_LENGTH / CommandApdu.MAX_SHORT_NE;

    private static final int MORE_DATA = 0x61;
    private static final int GET_RESPONSE = 0xC0;

    private final int maxLength;
    private final int maxRounds;

    public GetResponseTransport(CardTransport inner) {
        this(inner, DEFAULT_MAX_LENGTH, DEFAULT_MAX_ROUNDS);
    }

    public GetResponseTransport(CardTransport inner, int maxLength, int maxRounds) {
        super(inner);
        if (maxLength < 1 || maxRounds < 1) {
            throw new IllegalArgumentException("maxLength and maxRounds must be positive, got "
                    + maxLength + " and " + maxRounds);
        }
        this.maxLength = maxLength;
        this.maxRounds = maxRounds;
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        byte[] first = inner.exchange(command);
        if (first.length < 2 || (first[first.length - 2] & 0xFF) != MORE_DATA) {
            return first;
        }
        ByteArrayOutputStream collected = new ByteArrayOutputStream();
        ResponseApdu response = new ResponseApdu(first);
        int rounds = 0;
        while (response.sw1() == MORE_DATA) {
            append(collected, response.data());
            if (rounds == maxRounds) {
                throw new TransportException(TransportException.Reason.PROTOCOL, "the card still answers "
                        + "61xx (more data) after " + maxRounds + " GET RESPONSE commands; giving up");
            }
            rounds++;
            int le = response.sw2() == 0 ? CommandApdu.MAX_SHORT_NE : response.sw2();
            response = parse(inner.exchange(CommandApdu.of(0x00, GET_RESPONSE, 0, 0, le).encode()));
        }
        append(collected, response.data());
        return ResponseApdu.of(collected.toByteArray(), response.sw()).encode();
    }

    private void append(ByteArrayOutputStream collected, byte[] data) throws TransportException {
        if (collected.size() + data.length > maxLength) {
            throw new TransportException(TransportException.Reason.PROTOCOL, "the card's chained response "
                    + "exceeds " + maxLength + " bytes; giving up");
        }
        collected.writeBytes(data);
    }

    private static ResponseApdu parse(byte[] response) throws TransportException {
        if (response.length < 2) {
            throw new TransportException(TransportException.Reason.PROTOCOL, "the card answered GET RESPONSE "
                    + "with " + response.length + " bytes, less than a status word");
        }
        return new ResponseApdu(response);
    }
}
