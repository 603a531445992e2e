/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportDecorator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Counts and keeps every APDU sent through it (placed closest to the card, it sees what the card
 * sees), and how often exclusive access was taken. Commands are kept as copies, so a test can also
 * check that the caller wiped its own array afterwards ({@link #lastCommandArray()}).
 */
public final class CountingTransport extends TransportDecorator {
    private final List<byte[]> commands = new ArrayList<>();
    private byte[] lastCommandArray;
    private int exclusives;
    private int held;
    private boolean extendedLength;

    public CountingTransport(CardTransport inner) {
        super(inner);
        this.extendedLength = inner.supportsExtendedLength();
    }

    /** The same card, reporting that extended length is not available (e.g. some NFC readers). */
    public CountingTransport shortOnly() {
        extendedLength = false;
        return this;
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        commands.add(command.clone());
        lastCommandArray = command;
        return inner.exchange(command);
    }

    @Override
    public boolean supportsExtendedLength() {
        return extendedLength;
    }

    @Override
    public ExclusiveAccess exclusive() throws IOException {
        exclusives++;
        ExclusiveAccess access = inner.exclusive();
        held++;
        return () -> {
            held--;
            access.close();
        };
    }

    /** Exclusive accesses taken and not yet released. */
    public int openExclusives() {
        return held;
    }

    public int count() {
        return commands.size();
    }

    /** Commands with this INS. */
    public long count(int ins) {
        return commands.stream().filter(c -> (c[1] & 0xFF) == ins).count();
    }

    /** Commands with this INS that carry a data field (a VERIFY with a PIN, not the empty query). */
    public long countWithData(int ins) {
        return commands.stream().filter(c -> (c[1] & 0xFF) == ins && c.length > 5).count();
    }

    public List<byte[]> commands() {
        return List.copyOf(commands);
    }

    /** The commands as hex headers, e.g. "00 A4 04 0C", for assertion messages and traces. */
    public List<String> headers() {
        HexFormat hex = HexFormat.ofDelimiter(" ").withUpperCase();
        return commands.stream().map(c -> hex.formatHex(c, 0, Math.min(4, c.length))).toList();
    }

    /** The array object the last exchange received (not a copy). */
    public byte[] lastCommandArray() {
        return lastCommandArray;
    }

    public int exclusives() {
        return exclusives;
    }

    public void reset() {
        commands.clear();
        exclusives = 0;
    }
}
