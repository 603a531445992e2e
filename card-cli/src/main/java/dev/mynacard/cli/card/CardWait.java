/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.pcsc.PcscBackend;
import dev.mynacard.apdu.pcsc.PcscConnection;
import dev.mynacard.apdu.pcsc.PcscReader;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * Connects to the card in a reader, waiting for one to be inserted if need be. The wait is shown
 * on stderr (a line, then a dot a second) only when stderr is a terminal; scripts see nothing.
 */
final class CardWait {
    private static final Duration STEP = Duration.ofSeconds(1);

    private CardWait() {
    }

    /**
     * @param apduTimeout how long each command to the card may take
     * @param progress where to show the wait, with the line that announces it; empty to wait silently
     */
    static PcscConnection connect(PcscBackend readers, PcscReader reader, Duration wait, Duration apduTimeout,
                                 Optional<Progress> progress) throws TransportException {
        if (reader.cardPresent() || wait.isZero()) {
            return readers.connect(reader, Duration.ZERO, apduTimeout);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        progress.ifPresent(Progress::start);
        try {
            while (true) {
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                try {
                    return readers.connect(reader, left.compareTo(STEP) < 0 ? left : STEP, apduTimeout);
                } catch (TransportException e) {
                    if (e.reason() != TransportException.Reason.NO_CARD) {
                        throw e;
                    }
                    if (System.nanoTime() >= deadline) {
                        throw new TransportException(TransportException.Reason.NO_CARD, "No card in the reader '"
                                + reader.name() + "' after waiting " + Seconds.format(wait) + " s", e);
                    }
                    progress.ifPresent(Progress::tick);
                }
            }
        } finally {
            progress.ifPresent(Progress::end);
        }
    }

    /** The wait on a terminal: the announcing line, a dot per second, a line break at the end. */
    record Progress(PrintStream terminal, String announcement) {
        void start() {
            terminal.print(announcement);
            terminal.flush();
        }

        void tick() {
            terminal.print('.');
            terminal.flush();
        }

        void end() {
            terminal.println();
        }
    }
}
