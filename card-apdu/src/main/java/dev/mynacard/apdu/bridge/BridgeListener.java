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
import java.util.function.Function;

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
 * <p>Only this user's programs may be the phone. Before a connection is admitted, the owner of
 * its other end is looked up in the kernel's socket tables (Linux, {@link PeerOwner#procTables()}):
 * a connection owned by another user of this computer is closed before anything is sent to it,
 * with a {@link BridgeEvent.OtherUserRefused} event, and the listener waits on for the real phone.
 * A connection from loopback whose owner cannot be told (no /proc, the entry not found) is admitted
 * with a {@link BridgeEvent.PhoneUnverified} warning; {@link #verifiesLocalPeers()} tells up front
 * whether the check works here. A peer on another machine has no entry and is admitted: listening
 * beyond loopback trusts the network, which the caller warns about. {@code adb reverse} connects
 * from the adb server, a program of the user who started it, and so is admitted.
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
    private final BlockingQueue<Optional<Arrival>> arrivals = new LinkedBlockingQueue<>();
    private final PeerOwner.Lookup owners;
    private final Thread acceptor;
    private volatile ProgressListener progress = ProgressListener.NONE;
    private volatile BridgeTransport active;
    private volatile boolean closed;

    /** An admitted connection, and who owns its other end. */
    private record Arrival(Socket socket, PeerOwner owner) {
    }

    private BridgeListener(ServerSocket server, BridgeAddress address, BridgeOptions options, PeerOwner.Lookup owners) {
        this.server = server;
        this.address = address;
        this.options = options;
        this.owners = owners;
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
        return open(at, options, PeerOwner.procTables());
    }

    /** As {@link #open(BridgeAddress, BridgeOptions)}, telling the owners of peers with {@code owners}. */
    static BridgeListener open(BridgeAddress at, BridgeOptions options, PeerOwner.Lookup owners) throws TransportException {
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
        BridgeListener listener = new BridgeListener(server, new BridgeAddress(at.host(), server.getLocalPort()), options, owners);
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
     * Whether this system tells which user owns a connection from this computer, so that other
     * users' programs are refused; when not, any program on this computer that connects first is
     * taken for the phone, which a caller should warn about.
     */
    public boolean verifiesLocalPeers() {
        return owners.available();
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
     * @param listener receives the events, a {@link BridgeEvent.PhoneUnverified} warning after
     *     {@link BridgeEvent.PhoneConnected} when the phone's user cannot be told; also the
     *     {@link BridgeEvent.PhoneRefused} and {@link BridgeEvent.OtherUserRefused} ones, from now
     *     on and while the returned transport is open
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
            Optional<Arrival> waiting = arrivals.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (waiting == null) {
                throw new TransportException(Reason.NO_CARD, "no phone brought a card to " + address.uri()
                        + " within " + PhoneLink.inWords(timeout));
            }
            Arrival arrival = waiting.orElseThrow(() -> new TransportException(Reason.CLOSED,
                    "the bridge listener on " + address.hostPort() + " was closed while waiting for a phone"));
            Socket socket = arrival.socket();
            PhoneLink link;
            try {
                link = new PhoneLink(socket);
            } catch (IOException e) {
                release(socket);
                continue; // gone before it could be used: as good as a phone that left
            }
            listener.onEvent(new BridgeEvent.PhoneConnected(link.peer()));
            if (arrival.owner() instanceof PeerOwner.Unknown unknown && socket.getInetAddress().isLoopbackAddress()) {
                listener.onEvent(new BridgeEvent.PhoneUnverified(link.peer(), unknown.why()));
            }
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
        for (Optional<Arrival> waiting; (waiting = arrivals.poll()) != null; ) {
            waiting.ifPresent(arrival -> closeQuietly(arrival.socket()));
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
            PeerOwner owner = owners.ownerOf(socket);
            if (owner instanceof PeerOwner.OtherUser other) {
                refuse(socket, peer -> new BridgeEvent.OtherUserRefused(peer, other.uid()));
            } else if (admitted.compareAndSet(null, socket)) {
                arrivals.add(Optional.of(new Arrival(socket, owner)));
            } else {
                refuse(socket, BridgeEvent.PhoneRefused::new);
            }
        }
    }

    /** Closes a connection that is not admitted, before anything is sent to it, and tells why. */
    private void refuse(Socket socket, Function<String, BridgeEvent> event) {
        String peer = PhoneLink.peerOf(socket);
        closeQuietly(socket);
        try {
            progress.onEvent(event.apply(peer));
        } catch (RuntimeException e) {
            // a faulty progress display must not stop the refusing
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
