/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a {@link PersistentCard} in vsmartcard's virtual reader: while it runs, every PC/SC
 * program on the machine sees the card in the reader that vpcd's port stands for (35963:
 * {@code Virtual PCD 00 00}, 35964: {@code Virtual PCD 00 01}). The {@link VpcdConnector}
 * underneath connects again whenever vpcd goes away (pcscd restarting). {@link #close()} takes the
 * card out and saves its state.
 */
public final class CardHost implements AutoCloseable {
    private static final long WATCH_INTERVAL_MS = 50;

    private final PersistentCard card;
    private final VpcdOptions options;
    private final Consumer<String> report;
    private final VpcdConnector connector;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread watcher;

    private CardHost(PersistentCard card, VirtualCard inReader, VpcdOptions options, Consumer<String> report) {
        this.card = card;
        this.options = options;
        this.report = report;
        this.connector = new VpcdConnector(inReader, options);
        this.watcher = new Thread(this::watchConnection, "vpcd card watcher");
        watcher.setDaemon(true);
    }

    /**
     * Starts serving the card to vpcd and returns at once. {@code report} receives one line each
     * time the card enters the reader.
     */
    public static CardHost start(PersistentCard card, VpcdOptions options, Consumer<String> report) {
        return start(card, card, options, report);
    }

    /**
     * As {@link #start(PersistentCard, VpcdOptions, Consumer)}, with vpcd talking to
     * {@code inReader}: {@code card} itself, or a card that forwards to it (e.g. one that logs).
     */
    public static CardHost start(PersistentCard card, VirtualCard inReader, VpcdOptions options, Consumer<String> report) {
        CardHost host = new CardHost(card, inReader, options, report);
        host.connector.start();
        host.watcher.start();
        return host;
    }

    public PersistentCard card() {
        return card;
    }

    /** Whether vpcd holds a connection to the card right now, i.e. the card is in the reader. */
    public boolean isInReader() {
        return connector.isConnected();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Takes the card out of the reader and saves its state. Idempotent; safe from any thread,
     * including a shutdown hook.
     *
     * @throws IOException when the state could not be saved
     */
    @Override
    public void close() throws IOException {
        if (closed.getCount() == 0) {
            return;
        }
        try {
            connector.close();
            card.save();
        } finally {
            closed.countDown();
        }
    }

    private void watchConnection() {
        boolean inReader = false;
        try {
            while (closed.getCount() > 0) {
                boolean now = connector.isConnected();
                if (now && !inReader) {
                    report.accept("mynacard simulated card in vpcd " + options.host() + ":" + options.port()
                            + " (state " + card.stateFile() + ")");
                }
                inReader = now;
                closed.await(WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
