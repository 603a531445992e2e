/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportDecorator;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes every exchange to a sink as {@link ApduLines}: {@code > 00 A4 04 0C 0A D3 92 …},
 * {@code < 90 00}, and {@code ! TransportException: …} when the exchange fails. PINs are redacted
 * by {@link ApduRedaction}. Response data may be personal (a 個人番号 read from the text AP): use
 * {@link ResponseData#HIDDEN} wherever the trace may be kept or shared.
 */
public final class TracingTransport extends TransportDecorator {

    /** Whether response lines show the response data or only its length and the status word. */
    public enum ResponseData {
        SHOWN,
        HIDDEN
    }

    private final Consumer<String> sink;
    private final ResponseData responseData;

    public TracingTransport(CardTransport inner, Consumer<String> sink, ResponseData responseData) {
        super(inner);
        this.sink = Objects.requireNonNull(sink, "sink");
        this.responseData = Objects.requireNonNull(responseData, "responseData");
    }

    /** A trace that shows response data. */
    public TracingTransport(CardTransport inner, Consumer<String> sink) {
        this(inner, sink, ResponseData.SHOWN);
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        sink.accept(ApduLines.command(command));
        byte[] response;
        try {
            response = inner.exchange(command);
        } catch (IOException | RuntimeException e) {
            sink.accept(ApduLines.error(e));
            throw e;
        }
        sink.accept(responseData == ResponseData.SHOWN
                ? ApduLines.response(response)
                : ApduLines.responseWithoutData(response));
        return response;
    }
}
