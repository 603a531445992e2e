/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Another process using the same reader, written in perl with Chipcard::PCSC because
 * javax.smartcardio cannot open a card with SCARD_SHARE_EXCLUSIVE. It prints CONNECTED once it
 * holds a connection; in "exclusive" mode it then waits for its stdin to close, in "transmit" mode
 * it sends 80 40 00 00 and prints the status word.
 */
public final class OtherPcscProgram implements AutoCloseable {
    private static final String SCRIPT = """
            use Chipcard::PCSC; use Chipcard::PCSC::Card;
            $| = 1;
            my ($mode, $reader) = @ARGV;
            my $context = new Chipcard::PCSC();
            my $share = $mode eq 'exclusive' ? $Chipcard::PCSC::SCARD_SHARE_EXCLUSIVE
                                             : $Chipcard::PCSC::SCARD_SHARE_SHARED;
            my $card = new Chipcard::PCSC::Card($context, $reader, $share);
            die "connect failed: $Chipcard::PCSC::errno\\n" unless defined $card;
            print "CONNECTED\\n";
            if ($mode eq 'transmit') {
                my $r = $card->Transmit([0x80, 0x40, 0x00, 0x00]);
                die "transmit failed: $Chipcard::PCSC::errno\\n" unless defined $r;
                printf "SW %02X%02X\\n", $r->[-2], $r->[-1];
            } else {
                <STDIN>;
            }
            $card->Disconnect($Chipcard::PCSC::SCARD_LEAVE_CARD);
            """;

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private OtherPcscProgram(String mode, String reader) throws IOException {
        process = new ProcessBuilder("perl", "-e", SCRIPT, mode, reader)
                .redirectErrorStream(true).start();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "other PC/SC program output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Connects with SCARD_SHARE_EXCLUSIVE and holds the connection until closed. */
    public static OtherPcscProgram holdingExclusively(String reader) throws IOException {
        return new OtherPcscProgram("exclusive", reader);
    }

    /** Connects shared and sends one command. */
    public static OtherPcscProgram transmittingOnce(String reader) throws IOException {
        return new OtherPcscProgram("transmit", reader);
    }

    /** The next line the program printed, or {@code null} when none came within the timeout. */
    public String nextLine(Duration timeout) throws InterruptedException {
        return lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
