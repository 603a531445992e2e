/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.replay;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.decorator.ApduRedaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A card that answers from a {@link Transcript}: each command must equal the next recorded one
 * (compared in redacted form), and gets the recorded response. A different command, or one past
 * the end, fails with a {@link Reason#PROTOCOL} error naming the APDU's number; the messages show
 * commands only in redacted form.
 */
public final class ReplayTransport implements CardTransport {
    private final Transcript transcript;
    private int next;
    private boolean closed;

    public ReplayTransport(Transcript transcript) {
        this.transcript = Objects.requireNonNull(transcript, "transcript");
    }

    public static ReplayTransport load(Path file) throws IOException {
        return new ReplayTransport(Transcript.read(file));
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        if (closed) {
            throw new TransportException(Reason.CLOSED, "the replay transport is closed");
        }
        String actual = ApduRedaction.format(command);
        int number = next + 1;
        if (next == transcript.exchanges().size()) {
            throw new TransportException(Reason.PROTOCOL, "replay diverged at APDU #" + number
                    + ": the recording ends after " + next + " APDUs, got " + actual);
        }
        Transcript.Exchange expected = transcript.exchanges().get(next);
        if (!expected.command().equals(actual)) {
            throw new TransportException(Reason.PROTOCOL, "replay diverged at APDU #" + number
                    + ": expected " + expected.command() + ", got " + actual);
        }
        next++;
        return expected.response().encode();
    }

    /** The number of recorded APDUs not yet replayed. */
    public int remaining() {
        return transcript.exchanges().size() - next;
    }

    /** Fails when some recorded APDUs were never sent. */
    public void assertFinished() throws TransportException {
        if (remaining() > 0) {
            throw new TransportException(Reason.PROTOCOL, "replay unfinished: " + next + " of "
                    + transcript.exchanges().size() + " recorded APDUs used; next expected: "
                    + transcript.exchanges().get(next).command());
        }
    }

    @Override
    public byte[] atr() {
        return transcript.atr();
    }

    @Override
    public boolean supportsExtendedLength() {
        return transcript.extendedLength();
    }

    @Override
    public void close() {
        closed = true;
    }
}
