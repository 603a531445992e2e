/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** A fake card for unit tests: answers from a script and remembers every command it was sent. */
public final class ScriptedTransport implements CardTransport {
    public static final byte[] ATR = Hex.bytes("3B E0 00 FF 81 31 FE 45 14");

    /** Computes the answer to one command. */
    @FunctionalInterface
    public interface Responder {
        byte[] respond(byte[] command) throws IOException;
    }

    private final Responder responder;
    private final List<String> sent = new ArrayList<>();
    private boolean closed;

    public ScriptedTransport(Responder responder) {
        this.responder = responder;
    }

    /** Answers the n-th command with the n-th response (hex); a command beyond the script fails. */
    public static ScriptedTransport answering(String... responses) {
        Deque<String> script = new ArrayDeque<>(Arrays.asList(responses));
        return new ScriptedTransport(command -> {
            if (script.isEmpty()) {
                throw new AssertionError("the script has no answer for " + Hex.text(command));
            }
            return Hex.bytes(script.removeFirst());
        });
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        sent.add(Hex.text(command));
        return responder.respond(command.clone());
    }

    /** The commands sent so far, as {@link Hex#text(byte[])}. */
    public List<String> sent() {
        return List.copyOf(sent);
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public byte[] atr() {
        return ATR.clone();
    }

    @Override
    public boolean supportsExtendedLength() {
        return true;
    }

    @Override
    public void close() {
        closed = true;
    }
}
