/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Waits for the Remote Smart Card Reader app to connect (its default mode: the phone connects to
 * the computer when a card is held to it) and turns the connection into a {@link BridgeTransport}.
 *
 * <p>One phone at a time: while a phone is admitted — waiting to be handed out, or in use as a
 * transport — every further connection is accepted and closed at once (the app then reports the
 * end of the stream, instead of hanging in the listen backlog), with a
 * {@link BridgeEvent.PhoneRefused} event. When the transport is closed, or the phone leaves, the
 * next phone is admitted.
 *
 * <pre>{@code
 * try (BridgeListener bridge = BridgeListener.open(BridgeAddress.DEFAULT_LISTEN, BridgeOptions.defaults());
 *      BridgeTransport card = bridge.awaitCard(Duration.ofMinutes(2), event -> err.println(event.message()))) {
 *     ...
 * }
 * }</pre>
 */
public final class BridgeListener implements AutoCloseable {
    private static final long ACCEPT_RETRY_MS = 100;
    private final ServerSocket server;
    private final BridgeAddress address;
    private final BridgeOptions options;
    /** The one admitted phone's socket, or null. */
    private final AtomicReference<Socket> admitted = new AtomicReference<>();
    /** Admitted phones not yet taken by {@link #awaitCard}; an empty value means the listener closed. */
    private final BlockingQueue<Optional<Socket>> arrivals = new LinkedBlockingQueue<>();
    private final Thread acceptor;
    private volatile ProgressListener progress = ProgressListener.NONE;
    private volatile BridgeTransport active;
    private volatile boolean closed;

    private BridgeListener(ServerSocket server, BridgeAddress address, BridgeOptions options) {
        this.server = server;
        this.address = address;
        this.options = options;
        this.acceptor = new Thread(this::acceptPhones, "nfc bridge " + address.hostPort());
        acceptor.setDaemon(true);
    }

    /**
     * Listens on {@code at} (port 0: a free port the system picks). A phone on the network needs
     * a non-loopback address such as 0.0.0.0 or the Wi-Fi address, which only the caller may
     * choose; {@link #isLoopback()} tells which one this is.
     *
     * @throws TransportException {@link Reason#READER_UNAVAILABLE} when the port is taken (vsmartcard's
     *     own vpcd, run by pcscd, listens on 35963 and 35964 on every interface) or the address is not
     *     this machine's; {@link Reason#READER_NOT_FOUND} for an unknown host name
     */
    public static BridgeListener open(BridgeAddress at, BridgeOptions options) throws TransportException {
        InetAddress ip;
        try {
            ip = InetAddress.getByName(at.host());
        } catch (UnknownHostException e) {
            throw new TransportException(Reason.READER_NOT_FOUND, "cannot listen on " + at.hostPort() + ": unknown host", e);
        }
        ServerSocket server = null;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(ip, at.port()), 4);
        } catch (IOException e) {
            closeQuietly(server);
            String why = e instanceof BindException && at.port() == BridgeAddress.DEFAULT_PORT
                    ? " (" + e.getMessage() + "; vsmartcard's vpcd, run by pcscd, listens on this port itself:"
                            + " choose another port here and in the app)"
                    : " (" + e.getMessage() + ")";
            throw new TransportException(Reason.READER_UNAVAILABLE, "cannot listen on " + at.hostPort() + why, e);
        }
        BridgeListener listener = new BridgeListener(server, new BridgeAddress(at.host(), server.getLocalPort()), options);
        listener.acceptor.start();
        return listener;
    }

    /** Where this listener listens, with the actual port. */
    public BridgeAddress address() {
        return address;
    }

    /** Whether only this machine can connect; {@code false} means the network can, which a caller should warn about. */
    public boolean isLoopback() {
        return server.getInetAddress().isLoopbackAddress();
    }

    /**
     * The addresses to give the app: this listener's own, or, when it listens on every interface
     * (0.0.0.0), each local network address ({@link BridgeAddress#localCandidates}), of which the
     * user picks the one on the phone's network.
     */
    public List<BridgeAddress> addressesForPhone() {
        return address.isWildcard() ? BridgeAddress.localCandidates(address.port()) : List.of(address);
    }

    /**
     * Waits for a phone to connect and its card to answer the ATR request. A phone that connects
     * and leaves again before its card answers (the card slipped) is waited for again. Reports
     * {@link BridgeEvent.Listening}, then {@link BridgeEvent.PhoneConnected},
     * {@link BridgeEvent.PhoneLeft} and {@link BridgeEvent.CardPresent} as they happen.
     *
     * @param timeout the longest wait in all, the ATR included
     * @param listener receives the events; also the {@link BridgeEvent.PhoneRefused} ones while the
     *     returned transport is open
     * @throws TransportException {@link Reason#NO_CARD} when no phone brought a card in time,
     *     {@link Reason#TIMEOUT} when a phone connected but sent no ATR in time,
     *     {@link Reason#PROTOCOL} when it sent something else, {@link Reason#CLOSED} when this
     *     listener is or gets closed
     * @throws IllegalStateException while a transport from this listener is still open
     */
    public synchronized BridgeTransport awaitCard(Duration timeout, ProgressListener listener)
            throws TransportException, InterruptedException {
        if (closed) {
            throw new TransportException(Reason.CLOSED, "the bridge listener on " + address.hostPort() + " is closed");
        }
        if (active != null && active.isOpen()) {
            throw new IllegalStateException("the phone at " + active.peer() + " is still connected; close its transport first");
        }
        progress = listener;
        listener.onEvent(new BridgeEvent.Listening(address));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Optional<Socket> arrival = arrivals.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (arrival == null) {
                throw new TransportException(Reason.NO_CARD, "no phone brought a card to " + address.uri()
                        + " within " + PhoneLink.inWords(timeout));
            }
            Socket socket = arrival.orElseThrow(() -> new TransportException(Reason.CLOSED,
                    "the bridge listener on " + address.hostPort() + " was closed while waiting for a phone"));
            PhoneLink link;
            try {
                link = new PhoneLink(socket);
            } catch (IOException e) {
                release(socket);
                continue; // gone before it could be used: as good as a phone that left
            }
            listener.onEvent(new BridgeEvent.PhoneConnected(link.peer()));
            Duration wait = Duration.ofNanos(Math.max(1, Math.min(deadline - System.nanoTime(), options.apduTimeout().toNanos())));
            try {
                BridgeTransport transport = BridgeTransport.open(link, options, wait, () -> release(socket));
                active = transport;
                listener.onEvent(BridgeEvent.CardPresent.of(link.peer(), transport.atr()));
                return transport;
            } catch (TransportException e) {
                if (e.reason() == Reason.TIMEOUT) {
                    throw new TransportException(Reason.TIMEOUT, "the phone at " + link.peer()
                            + " connected but its card did not answer: " + e.getMessage(), e);
                }
                if (e.reason() != Reason.CARD_REMOVED) {
                    throw e;
                }
                listener.onEvent(new BridgeEvent.PhoneLeft(link.peer()));
            }
        }
    }

    /** Stops listening; a phone admitted but not yet handed out is disconnected. An open transport stays open. Idempotent. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Optional<Socket> waiting; (waiting = arrivals.poll()) != null; ) {
            waiting.ifPresent(BridgeListener::closeQuietly);
        }
        arrivals.add(Optional.empty());
    }

    private void acceptPhones() {
        while (!closed) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                pauseAfterFailedAccept(); // e.g. out of file descriptors: neither give up nor spin
                continue;
            }
            if (admitted.compareAndSet(null, socket)) {
                arrivals.add(Optional.of(socket));
            } else {
                String peer = PhoneLink.peerOf(socket);
                closeQuietly(socket);
                try {
                    progress.onEvent(new BridgeEvent.PhoneRefused(peer));
                } catch (RuntimeException e) {
                    // a faulty progress display must not stop the refusing
                }
            }
        }
    }

    private static void pauseAfterFailedAccept() {
        try {
            Thread.sleep(ACCEPT_RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Frees the phone slot, once the phone's connection ended. */
    private void release(Socket socket) {
        closeQuietly(socket);
        admitted.compareAndSet(socket, null);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing left to do with it
        }
    }
}
