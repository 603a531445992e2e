/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread that makes every PC/SC call on one card connection, so that a call the card
 * never answers can be given up on: the caller waits at most the APDU timeout, then gets
 * {@link Reason#TIMEOUT} and the connection is abandoned for good — the command is never sent again.
 *
 * <p>Nothing unblocks a PC/SC call that waits for a silent card (measured with pcsc-lite 1.9.9
 * and vpcd): the reader driver waits for the card without a timeout of its own; SCardCancel only
 * ends SCardGetStatusChange; SCardDisconnect or SCardReleaseContext from another thread wait for
 * the blocked call, and meanwhile hold pcsc-lite's process-wide lock, so that no other thread of
 * the program can even open a PC/SC context; javax.smartcardio's {@code disconnect} from another
 * thread does the same, or fails when the blocked thread holds the card exclusively. So after a
 * timeout nothing touches the connection from outside: this thread stays in the blocked call
 * until the card answers late or is taken out, then runs the clean-up (disconnect with a reset,
 * release the context) and ends. It is a daemon thread: it never keeps a program from exiting.
 */
public final class CardThread {
    private static final Set<CardThread> BLOCKED = ConcurrentHashMap.newKeySet();

    private final String backend;
    private final String reader;
    private final Duration apduTimeout;
    private final Runnable cleanUpAfterTimeout;
    private final ExecutorService worker;
    private volatile TransportException abandoned;

    /**
     * @param backend "jdk" or "jna", for {@link #blockedReaders}
     * @param apduTimeout how long one call may take
     * @param cleanUpAfterTimeout what this thread does once a call given up on has returned:
     *     disconnect resetting the card and release what the connection holds; its failures are ignored
     */
    public CardThread(String backend, String reader, Duration apduTimeout, Runnable cleanUpAfterTimeout) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.apduTimeout = requirePositive(apduTimeout);
        this.cleanUpAfterTimeout = Objects.requireNonNull(cleanUpAfterTimeout, "cleanUpAfterTimeout");
        // One thread for the connection's life: javax.smartcardio ties exclusive access to a thread.
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "mynacard card " + reader);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @throws IllegalArgumentException unless the timeout is above zero and at most a day */
    public static Duration requirePositive(Duration apduTimeout) {
        Objects.requireNonNull(apduTimeout, "apduTimeout");
        if (apduTimeout.isNegative() || apduTimeout.isZero() || apduTimeout.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("the APDU timeout must be above 0 and at most a day, not " + apduTimeout);
        }
        return apduTimeout;
    }

    /** A PC/SC call on the card, failures already translated. */
    public interface Call<T> {
        T run() throws TransportException;
    }

    /**
     * Runs {@code call} on this thread and waits at most the APDU timeout for it.
     *
     * @param action what the call does, for the message ("transmit")
     * @throws TransportException what the call threw; {@link Reason#TIMEOUT} when it did not end in
     *     time (the connection is then abandoned); after that, for every call, the same reason
     */
    public <T> T call(String action, Call<T> call) throws TransportException {
        requireNotAbandoned();
        Future<T> running;
        try {
            running = worker.submit(call::run);
        } catch (RejectedExecutionException closed) {
            throw new TransportException(Reason.CLOSED, "The connection to the card (reader '" + reader
                    + "') was already closed", closed);
        }
        try {
            return running.get(apduTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (TimeoutException e) {
            throw abandon(new TransportException(Reason.TIMEOUT, "The card stopped answering: no answer to "
                    + action + " within " + apduTimeout.toMillis() + " ms (reader '" + reader + "'); the connection is"
                    + " abandoned and the command is not sent again"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abandon(new TransportException(Reason.CLOSED, "Interrupted while waiting for the card's answer to "
                    + action + " (reader '" + reader + "'); the connection is abandoned and the command is not sent again",
                    e));
        }
    }

    /**
     * Runs the last call, the disconnect, and lets this thread end afterwards. After a timeout it
     * does nothing: the clean-up is already queued behind the blocked call.
     */
    public void close(Call<Void> disconnect) throws TransportException {
        if (abandoned != null) {
            return;
        }
        try {
            call("disconnect", disconnect);
        } finally {
            worker.shutdown();
        }
    }

    /** Whether a call timed out: the connection is given up on, and every call fails at once. */
    public boolean abandoned() {
        return abandoned != null;
    }

    /**
     * The readers whose card stopped answering a call through {@code backend} that still waits
     * in native code (until the card answers or is taken out), in this program.
     */
    public static List<String> blockedReaders(String backend) {
        return BLOCKED.stream().filter(t -> t.backend.equals(backend)).map(t -> t.reader).toList();
    }

    private void requireNotAbandoned() throws TransportException {
        TransportException earlier = abandoned;
        if (earlier != null) {
            throw new TransportException(earlier.reason(), "The connection to the card was abandoned after an earlier"
                    + " failure (" + earlier.getMessage() + "); connect again");
        }
    }

    private TransportException abandon(TransportException why) {
        abandoned = why;
        BLOCKED.add(this);
        worker.execute(() -> {
            try {
                cleanUpAfterTimeout.run();
            } finally {
                BLOCKED.remove(this);
            }
        });
        worker.shutdown();
        return why;
    }

    private static TransportException rethrown(Throwable failure) {
        if (failure instanceof TransportException transport) {
            return transport;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("a card call threw " + failure, failure);
    }
}
