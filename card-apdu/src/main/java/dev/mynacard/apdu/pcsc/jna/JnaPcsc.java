/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.pcsc.CardThread;
import dev.mynacard.apdu.pcsc.PcscBackend;
import dev.mynacard.apdu.pcsc.PcscFailures;
import dev.mynacard.apdu.pcsc.PcscReader;
import dev.mynacard.apdu.pcsc.jna.JnaPcscOptions.ShareMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The readers of the system's PC/SC service, reached by calling the platform's PC/SC library
 * (libpcsclite, PCSC.framework, winscard.dll) directly through JNA.
 *
 * <p>Unlike javax.smartcardio, every operation opens its own PC/SC context and releases it when
 * done, and every connection has its own: when pcscd restarts, the connections open at that
 * moment fail ({@link Reason#NO_SERVICE}), and the next operation works again. Other differences:
 * connections are exclusive unless {@link JnaPcscOptions} say otherwise, responses may have up to
 * 65536 data bytes, and nothing answers 61xx or 6Cxx on the caller's behalf.
 *
 * <p>This class needs the JNA jar only once {@link #open} is called; the rest of card-apdu never
 * loads it.
 */
public final class JnaPcsc implements PcscBackend {
    private final Winscard winscard;
    private final JnaPcscOptions options;
    private final Set<Long> waitingContexts = ConcurrentHashMap.newKeySet();
    private final AtomicLong cancellations = new AtomicLong();

    private JnaPcsc(Winscard winscard, JnaPcscOptions options) {
        this.winscard = winscard;
        this.options = options;
    }

    /** {@link #open(JnaPcscOptions)} with {@link JnaPcscOptions#defaults()}. */
    public static JnaPcsc open() throws TransportException {
        return open(JnaPcscOptions.defaults());
    }

    /**
     * Loads JNA and the PC/SC library. Does not contact the PC/SC service: that happens at each
     * operation, so a service that starts later is found.
     *
     * @throws TransportException {@link Reason#NO_SERVICE} when JNA or the PC/SC library cannot be
     *     loaded
     */
    public static JnaPcsc open(JnaPcscOptions options) throws TransportException {
        try {
            Class.forName("com.sun.jna.Native", true, JnaPcsc.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new TransportException(Reason.NO_SERVICE, "The JNA PC/SC backend needs JNA"
                    + " (net.java.dev.jna:jna) on the class path; use the JDK backend instead", e);
        } catch (LinkageError e) {
            throw new TransportException(Reason.NO_SERVICE, "JNA cannot load its native part: " + e.getMessage(), e);
        }
        String library = options.library() == null ? Abi.defaultLibrary() : options.library();
        try {
            return new JnaPcsc(Winscard.load(library), options);
        } catch (UnsatisfiedLinkError e) {
            throw new TransportException(Reason.NO_SERVICE,
                    "PC/SC library not found: " + Abi.installHint() + " (" + library + ")", e);
        }
    }

    /** "jna". */
    @Override
    public String name() {
        return "jna";
    }

    @Override
    public List<PcscReader> list() throws TransportException {
        return inContext("listing readers", null, context -> {
            List<String> names = winscard.listReaders(context);
            if (names.isEmpty()) {
                throw PcscFailures.forCode("SCARD_E_NO_READERS_AVAILABLE", null, "listing readers", null);
            }
            int[] states = winscard.getStatusChange(context, 0, names, new int[names.size()]);
            List<PcscReader> readers = new ArrayList<>(names.size());
            for (int i = 0; i < names.size(); i++) {
                readers.add(new PcscReader(i, names.get(i), (states[i] & Winscard.SCARD_STATE_PRESENT) != 0));
            }
            return List.copyOf(readers);
        });
    }

    @Override
    public void waitForCard(PcscReader reader, Duration timeout) throws TransportException {
        inContext("waiting for a card", reader.name(), context -> {
            awaitCard(context, reader.name(), timeout);
            return null;
        });
    }

    @Override
    public void waitForRemoval(PcscReader reader, Duration timeout) throws TransportException {
        inContext("waiting for the card's removal", reader.name(), context -> {
            int state = await(context, reader.name(), Winscard.SCARD_STATE_EMPTY | Winscard.SCARD_STATE_UNKNOWN,
                    timeout);
            if (state == 0) {
                throw new TransportException(Reason.TIMEOUT, "The card is still in the reader '" + reader.name()
                        + "'" + waited(timeout, " for its removal"));
            }
            return null;
        });
    }

    @Override
    public JnaPcscTransport connect(PcscReader reader, Duration cardTimeout) throws TransportException {
        return connect(reader, cardTimeout, DEFAULT_APDU_TIMEOUT);
    }

    /**
     * Waits up to {@code cardTimeout} for a card, then connects to it with T=1 (any protocol when
     * the card has no T=1) in the share mode of the {@link JnaPcscOptions}. The connection has its
     * own PC/SC context, released when it is closed, and gives each call on the card at most
     * {@code apduTimeout}.
     */
    @Override
    public JnaPcscTransport connect(PcscReader reader, Duration cardTimeout, Duration apduTimeout)
            throws TransportException {
        CardThread.requirePositive(apduTimeout);
        String name = reader.name();
        long context = establish("connecting", name);
        try {
            awaitCard(context, name, cardTimeout);
            Winscard.Card card = connectCard(context, name);
            return new JnaPcscTransport(winscard, context, card, name, card.atr(), options.onClose(), apduTimeout);
        } catch (PcscError e) {
            winscard.releaseContext(context);
            throw translate(e, "connecting", name);
        } catch (TransportException | RuntimeException e) {
            winscard.releaseContext(context);
            throw e;
        }
    }

    /**
     * Makes every wait for a card or its removal that this backend is running (also inside
     * {@link #connect}) end at once with {@link Reason#CLOSED}. A wait that starts afterwards is
     * not affected.
     */
    public void cancelWaits() {
        cancellations.incrementAndGet();
        for (long context : waitingContexts) {
            try {
                winscard.cancel(context);
            } catch (PcscError alreadyOver) {
                // the wait ended on its own, or its service is gone; either way it no longer waits
            }
        }
    }

    private Winscard.Card connectCard(long context, String reader) throws PcscError {
        int share = options.shareMode() == ShareMode.EXCLUSIVE
                ? Winscard.SCARD_SHARE_EXCLUSIVE : Winscard.SCARD_SHARE_SHARED;
        try {
            return winscard.connect(context, reader, share, Winscard.SCARD_PROTOCOL_T1);
        } catch (PcscError e) {
            if (e.code() != PcscError.SCARD_E_PROTO_MISMATCH) {
                throw e;
            }
        }
        return winscard.connect(context, reader, share, Winscard.SCARD_PROTOCOL_T0 | Winscard.SCARD_PROTOCOL_T1);
    }

    private void awaitCard(long context, String reader, Duration timeout) throws PcscError, TransportException {
        int state = await(context, reader, Winscard.SCARD_STATE_PRESENT | Winscard.SCARD_STATE_UNKNOWN, timeout);
        if (state == 0) {
            throw new TransportException(Reason.NO_CARD, "No card in the reader '" + reader + "'" + waited(timeout, ""));
        }
        if ((state & Winscard.SCARD_STATE_UNKNOWN) != 0) {
            throw PcscFailures.forCode("SCARD_E_UNKNOWN_READER", null, "waiting for a card", reader);
        }
    }

    /**
     * Waits until the reader's state has one of the {@code wanted} flags and returns that state,
     * or returns 0 after the timeout.
     */
    private int await(long context, String reader, int wanted, Duration timeout) throws PcscError {
        long cancelledBefore = cancellations.get();
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        int known = Winscard.SCARD_STATE_UNAWARE;
        waitingContexts.add(context);
        try {
            while (true) {
                if (cancellations.get() != cancelledBefore) {
                    throw new PcscError(PcscError.SCARD_E_CANCELLED);
                }
                long left = deadline - System.nanoTime();
                long millis = left <= 0 ? 0 : Math.min((left + 999_999) / 1_000_000, Integer.MAX_VALUE);
                int state;
                try {
                    state = winscard.getStatusChange(context, millis, List.of(reader), new int[] {known})[0];
                } catch (PcscError e) {
                    if (e.code() != PcscError.SCARD_E_TIMEOUT) {
                        throw e;
                    }
                    if (deadline - System.nanoTime() <= 0) {
                        return 0;
                    }
                    continue;
                }
                if ((state & wanted) != 0) {
                    return state;
                }
                known = state & ~Winscard.SCARD_STATE_CHANGED;
            }
        } finally {
            waitingContexts.remove(context);
        }
    }

    private static String waited(Duration timeout, String what) {
        return timeout.toMillis() > 0 ? " after waiting " + timeout.toMillis() + " ms" + what : "";
    }

    /** Runs {@code work} in a context of its own, released afterwards. */
    private <T> T inContext(String action, String reader, ContextWork<T> work) throws TransportException {
        long context = establish(action, reader);
        try {
            return work.run(context);
        } catch (PcscError e) {
            throw translate(e, action, reader);
        } finally {
            winscard.releaseContext(context);
        }
    }

    private interface ContextWork<T> {
        T run(long context) throws PcscError, TransportException;
    }

    private long establish(String action, String reader) throws TransportException {
        try {
            return winscard.establishContext();
        } catch (PcscError e) {
            throw translate(e, action, reader);
        }
    }

    static TransportException translate(PcscError e, String action, String reader) {
        return PcscFailures.forCode(e.codeName(), e, action, reader);
    }
}
