/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * The bridge for the app's listen mode: the app opens its port only once a card is held to the
 * phone, so this side keeps connecting until the phone accepts, then proceeds as
 * {@link BridgeListener} does.
 */
public final class BridgeConnector {
    private static final long RETRY_MS = 250;
    private static final int CONNECT_ATTEMPT_MS = 3000;

    private BridgeConnector() {
    }

    /**
     * Connects to the app at {@code phone} and waits for its card's ATR. Reports
     * {@link BridgeEvent.Connecting} once, then {@link BridgeEvent.PhoneConnected},
     * {@link BridgeEvent.PhoneLeft} and {@link BridgeEvent.CardPresent} as they happen.
     *
     * @param timeout the longest wait in all, the ATR included
     * @throws TransportException {@link Reason#NO_CARD} when the phone did not accept a connection
     *     and present a card in time, {@link Reason#TIMEOUT} when it accepted but sent no ATR,
     *     {@link Reason#PROTOCOL} when it sent something else, {@link Reason#READER_NOT_FOUND} for
     *     an unknown host name
     */
    public static BridgeTransport connect(BridgeAddress phone, BridgeOptions options, Duration timeout,
            ProgressListener progress) throws TransportException, InterruptedException {
        progress.onEvent(new BridgeEvent.Connecting(phone));
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastError = "no attempt finished";
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TransportException(Reason.NO_CARD, "the phone at " + phone.uri() + " did not present a card within "
                        + PhoneLink.inWords(timeout) + " (last attempt: " + lastError + "); is the app in listen mode"
                        + " on this address and port, and the card held to the phone?");
            }
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(phone.host(), phone.port()),
                        (int) Math.max(1, Math.min(CONNECT_ATTEMPT_MS, left / 1_000_000)));
                PhoneLink link = new PhoneLink(socket);
                progress.onEvent(new BridgeEvent.PhoneConnected(link.peer()));
                Duration wait = Duration.ofNanos(Math.max(1, Math.min(deadline - System.nanoTime(), options.apduTimeout().toNanos())));
                BridgeTransport transport = BridgeTransport.open(link, options, wait, () -> { });
                progress.onEvent(BridgeEvent.CardPresent.of(link.peer(), transport.atr()));
                return transport;
            } catch (TransportException e) {
                if (e.reason() != Reason.CARD_REMOVED) {
                    throw e;
                }
                progress.onEvent(new BridgeEvent.PhoneLeft(phone.hostPort()));
                lastError = e.getMessage();
            } catch (UnknownHostException e) {
                close(socket);
                throw new TransportException(Reason.READER_NOT_FOUND, "cannot reach the phone at " + phone.hostPort()
                        + ": unknown host", e);
            } catch (IOException e) {
                close(socket);
                lastError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            Thread.sleep(Math.max(0, Math.min(RETRY_MS, (deadline - System.nanoTime()) / 1_000_000)));
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // it never carried anything
        }
    }
}
