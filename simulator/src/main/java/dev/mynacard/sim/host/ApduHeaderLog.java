/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import dev.mynacard.apdu.vpcd.ForwardingVirtualCard;
import dev.mynacard.apdu.vpcd.VirtualCard;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A card that appends the header of every command APDU it receives to a file, one line each
 * ({@code 00 A4 04 0C}), before the card answers it: counting the lines counts the APDUs another
 * program sent, e.g. in a benchmark. Only CLA INS P1 P2, never lengths or data (a VERIFY's data is
 * a PIN). The file is opened for appending, so it may be emptied from outside between two
 * programs.
 */
final class ApduHeaderLog extends ForwardingVirtualCard implements Closeable {
    private static final int HEADER_LENGTH = 4;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private final Path file;
    private final FileChannel channel;
    private final Consumer<String> warnings;
    private boolean warned;

    private ApduHeaderLog(VirtualCard card, Path file, FileChannel channel, Consumer<String> warnings) {
        super(card);
        this.file = file;
        this.channel = channel;
        this.warnings = warnings;
    }

    /**
     * @param warnings where a failed append is reported, once (the card keeps answering)
     * @throws IOException when {@code file} cannot be opened for appending
     */
    static ApduHeaderLog open(VirtualCard card, Path file, Consumer<String> warnings) throws IOException {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(warnings, "warnings");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new ApduHeaderLog(card, file, channel, warnings);
    }

    @Override
    public byte[] process(byte[] apdu) {
        append(apdu);
        return inner.process(apdu);
    }

    private void append(byte[] apdu) {
        String header = HEX.formatHex(apdu, 0, Math.min(HEADER_LENGTH, apdu.length));
        ByteBuffer line = ByteBuffer.wrap((header + "\n").getBytes(StandardCharsets.US_ASCII));
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
        } catch (IOException e) {
            if (!warned) {
                warned = true;
                warnings.accept("could not append to the APDU header log " + file + ": " + e);
            }
        }
    }

    /** Each line is written as it comes, so a failed close loses nothing and is not reported. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException nothingLost) {
            // see above
        }
    }
}
