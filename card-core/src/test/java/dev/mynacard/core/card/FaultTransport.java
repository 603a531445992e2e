/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportDecorator;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * Injects one fault: the {@code nth} command (1-based) matching a predicate gets a replaced answer
 * from {@link Fault} instead of (or after) reaching the card. All other commands pass through.
 */
public final class FaultTransport extends TransportDecorator {
    /** What happens to the chosen command. */
    @FunctionalInterface
    public interface Fault {
        byte[] apply(byte[] command, CardTransport card) throws IOException;
    }

    private final Predicate<byte[]> matches;
    private final int nth;
    private final Fault fault;
    private int seen;

    public FaultTransport(CardTransport inner, Predicate<byte[]> matches, int nth, Fault fault) {
        super(inner);
        this.matches = matches;
        this.nth = nth;
        this.fault = fault;
    }

    /** Commands with this CLA and INS. */
    public static Predicate<byte[]> command(int cla, int ins) {
        return c -> c.length >= 4 && (c[0] & 0xFF) == cla && (c[1] & 0xFF) == ins;
    }

    /** Commands with this CLA and INS that carry data. */
    public static Predicate<byte[]> commandWithData(int cla, int ins) {
        return command(cla, ins).and(c -> c.length > 5);
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        if (matches.test(command) && ++seen == nth) {
            return fault.apply(command, inner);
        }
        return inner.exchange(command);
    }

    public boolean fired() {
        return seen >= nth;
    }
}
