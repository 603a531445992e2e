/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.vpcd;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jdk.net.ExtendedSocketOptions;

/**
 * Puts a {@link VirtualCard} into vsmartcard's virtual reader: connects to vpcd, answers its
 * frames, and connects again (after {@link VpcdOptions#reconnectDelay()}) whenever vpcd closes the
 * connection or is not there yet, e.g. while pcscd restarts. {@link #close()} stops it from any
 * thread; the card then leaves the reader, and PC/SC reports it as removed.
 *
 * <p>Latency: vpcd writes a frame's length and its payload in two TCP writes, so the payload waits
 * for the ACK of the length, which Linux delays by about 40 ms. Re-arming TCP_QUICKACK before
 * every read (it is cleared again by the kernel) brings an APDU round trip down to about 0.1 ms.
 */
public final class VpcdConnector implements AutoCloseable {
    private static final Logger LOG = System.getLogger(VpcdConnector.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 2000;
    /** How long the rest of a frame may take once its length has arrived. */
    private static final int FRAME_TIMEOUT_MS = 5000;
    private static final byte[] SW_NO_PRECISE_DIAGNOSIS = {0x6F, 0x00};
    private static final byte[] SW_WRONG_LENGTH = {0x67, 0x00};

    private final VirtualCard card;
    private final VpcdOptions options;
    private final AtomicBoolean serving = new AtomicBoolean();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile Socket socket;
    private volatile boolean connected;
    private volatile Thread servingThread;

    public VpcdConnector(VirtualCard card, VpcdOptions options) {
        this.card = card;
        this.options = options;
    }

    /** A connector to 127.0.0.1:35963 with the default options. */
    public VpcdConnector(VirtualCard card) {
        this(card, VpcdOptions.defaults());
    }

    /** Serves on a new daemon thread and returns at once. */
    public VpcdConnector start() {
        Thread thread = new Thread(this::serve, "vpcd card " + options.host() + ":" + options.port());
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Serves on the calling thread until {@link #close()}. */
    public void serve() {
        if (!serving.compareAndSet(false, true)) {
            throw new IllegalStateException("this connector is already serving");
        }
        servingThread = Thread.currentThread();
        try {
            boolean reportUnreachable = true;
            while (!isClosing()) {
                try (Socket s = new Socket()) {
                    socket = s;
                    if (isClosing()) {
                        break;
                    }
                    s.connect(new InetSocketAddress(options.host(), options.port()), CONNECT_TIMEOUT_MS);
                    s.setTcpNoDelay(true);
                    connected = true;
                    reportUnreachable = true;
                    LOG.log(Level.INFO, "card connected to vpcd at {0}:{1,number,#}", options.host(), options.port());
                    serveConnection(s);
                    LOG.log(Level.INFO, "vpcd closed the connection");
                } catch (IOException | RuntimeException e) {
                    if (isClosing()) {
                        break;
                    }
                    if (connected) {
                        LOG.log(Level.WARNING, "connection to vpcd failed", e);
                    } else if (reportUnreachable) {
                        LOG.log(Level.INFO, "vpcd is not reachable at {0}:{1,number,#} ({2}); retrying every {3} ms",
                                options.host(), options.port(), e.getMessage(), options.reconnectDelay().toMillis());
                        reportUnreachable = false;
                    }
                } finally {
                    socket = null;
                    if (connected) {
                        connected = false;
                        guarded("powerOff", card::powerOff);
                    }
                }
                pauseBeforeReconnect();
            }
        } finally {
            finished.countDown();
        }
    }

    /** Whether a connection to vpcd is open right now. */
    public boolean isConnected() {
        return connected;
    }

    /**
     * Stops serving: closes the connection (the card leaves the reader) and waits up to five
     * seconds for the serving thread to end. Idempotent.
     */
    @Override
    public void close() {
        closing.countDown();
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
        if (serving.get() && Thread.currentThread() != servingThread) {
            try {
                if (!finished.await(5, TimeUnit.SECONDS)) {
                    LOG.log(Level.WARNING, "the vpcd serving thread did not stop within 5 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private void pauseBeforeReconnect() {
        try {
            closing.await(options.reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.countDown();
        }
    }

    private void serveConnection(Socket s) throws IOException {
        boolean quickAck = options.quickAck() && s.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
        InputStream in = s.getInputStream();
        OutputStream out = s.getOutputStream();
        while (!isClosing()) {
            if (quickAck) {
                s.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            }
            s.setSoTimeout(0);
            int length = VpcdFrames.readLength(in);
            if (length < 0) {
                return;
            }
            if (quickAck) {
                s.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            }
            s.setSoTimeout(FRAME_TIMEOUT_MS);
            byte[] answer = answer(VpcdFrames.readPayload(in, length));
            if (answer != null) {
                out.write(VpcdFrames.frame(answer));
            }
        }
    }

    /** The answer to one frame from vpcd, or {@code null} for the controls that get none. */
    private byte[] answer(byte[] payload) throws TransportException {
        if (payload.length > 1) {
            return processApdu(payload);
        }
        switch (payload[0]) {
            case 0x00 -> guarded("powerOff", card::powerOff);
            case 0x01 -> guarded("powerOn", card::powerOn);
            case 0x02 -> guarded("reset", card::reset);
            case 0x04 -> {
                return card.atr();
            }
            default -> throw new TransportException(Reason.PROTOCOL,
                    "unknown vpcd control byte " + HexFormat.of().toHexDigits(payload[0]));
        }
        return null;
    }

    private byte[] processApdu(byte[] apdu) {
        if (apdu.length < 4) {
            return SW_WRONG_LENGTH.clone();
        }
        String header = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(apdu, 0, 4);
        try {
            byte[] response = card.process(apdu);
            if (response != null && response.length >= 2 && response.length <= VpcdFrames.MAX_PAYLOAD) {
                return response;
            }
            LOG.log(Level.WARNING, "the card answered command {0} with {1}; answering 6F00", header,
                    response == null ? "null" : response.length + " bytes");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the card failed on command " + header + "; answering 6F00", e);
        }
        return SW_NO_PRECISE_DIAGNOSIS.clone();
    }

    private static void guarded(String hook, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the card's " + hook + " hook failed", e);
        }
    }
}
