/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing;

import dev.mynacard.apdu.CardTransport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A card that follows a script of exchanges, for unit tests of code that talks APDUs: each command
 * must be the next one the script expects (hex, spaces ignored; {@code ..} stands for any one
 * byte), and gets the scripted response. A command off the script fails the test at once with both
 * commands shown; {@link #assertFinished()} fails when commands the script expects never came.
 *
 * <pre>{@code
 * ScriptedTransport card = ScriptedTransport.builder()
 *         .expect("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01", "90 00")   // SELECT JPKI AP
 *         .expect("00 20 00 98", "63 C3")                                    // tries left: 3
 *         .build();
 * }</pre>
 */
public final class ScriptedTransport implements CardTransport {
    /** The ATR of the contact My Number Card most often seen. */
    public static final String DEFAULT_ATR = "3B E0 00 FF 81 31 FE 45 14";

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private final List<Exchange> script;
    private final byte[] atr;
    private final boolean extendedLength;
    private final List<byte[]> sent = new ArrayList<>();
    private int next;
    private boolean closed;

    private ScriptedTransport(Builder builder) {
        this.script = List.copyOf(builder.script);
        this.atr = builder.atr;
        this.extendedLength = builder.extendedLength;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public synchronized byte[] exchange(byte[] command) throws IOException {
        Objects.requireNonNull(command, "command");
        if (closed) {
            throw new IllegalStateException("the scripted card was closed");
        }
        sent.add(command.clone());
        if (next == script.size()) {
            throw new AssertionError("command " + (next + 1) + " is beyond the script: " + HEX.formatHex(command));
        }
        Exchange expected = script.get(next);
        if (!expected.matches(command)) {
            throw new AssertionError("command " + (next + 1) + " is off the script:\n  expected " + expected.command
                    + "\n  sent     " + HEX.formatHex(command));
        }
        next++;
        return expected.response.clone();
    }

    /** Fails when the script has exchanges that never happened. */
    public synchronized void assertFinished() {
        if (next < script.size()) {
            throw new AssertionError((script.size() - next) + " scripted command(s) never sent, the first: "
                    + script.get(next).command);
        }
    }

    /** Every command sent so far, in order. */
    public synchronized List<byte[]> sent() {
        return sent.stream().map(byte[]::clone).toList();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public boolean supportsExtendedLength() {
        return extendedLength;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Builds the script. */
    public static final class Builder {
        private final List<Exchange> script = new ArrayList<>();
        private byte[] atr = parse(DEFAULT_ATR);
        private boolean extendedLength = true;

        private Builder() {
        }

        /** The next command the card expects ({@code ..} for any byte) and its response, both in hex. */
        public Builder expect(String command, String response) {
            script.add(new Exchange(command, pattern(command), parse(response)));
            return this;
        }

        public Builder atr(String hex) {
            this.atr = parse(hex);
            return this;
        }

        /** Whether the transport carries extended-length APDUs (default: yes). */
        public Builder extendedLength(boolean supported) {
            this.extendedLength = supported;
            return this;
        }

        public ScriptedTransport build() {
            return new ScriptedTransport(this);
        }
    }

    private record Exchange(String command, int[] pattern, byte[] response) {
        boolean matches(byte[] sent) {
            if (sent.length != pattern.length) {
                return false;
            }
            for (int i = 0; i < sent.length; i++) {
                if (pattern[i] >= 0 && pattern[i] != (sent[i] & 0xFF)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Byte values, or -1 where the script says {@code ..}. */
    private static int[] pattern(String hex) {
        String[] bytes = pairs(hex);
        int[] pattern = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pattern[i] = bytes[i].equals("..") ? -1 : HexFormat.fromHexDigits(bytes[i]);
        }
        return pattern;
    }

    private static byte[] parse(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static String[] pairs(String hex) {
        String compact = hex.replace(" ", "");
        if (compact.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + hex);
        }
        String[] pairs = new String[compact.length() / 2];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = compact.substring(2 * i, 2 * i + 2);
            if (!pairs[i].equals("..") && !pairs[i].matches("[0-9A-Fa-f]{2}")) {
                throw new IllegalArgumentException("not hex: " + pairs[i] + " in " + hex);
            }
        }
        return pairs;
    }
}
