/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import dev.mynacard.apdu.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** A bridge listening on an ephemeral loopback port, fake phones for it, and a thread for the bridge's blocking calls. */
final class PhoneBench implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final byte[] SELECT_MF = {0x00, (byte) 0xA4, 0x00, 0x0C};

    final BridgeListener listener;
    final List<BridgeEvent> events = new CopyOnWriteArrayList<>();
    private final List<FakePhone> phones = new ArrayList<>();
    private final ExecutorService background = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "bridge test");
        thread.setDaemon(true);
        return thread;
    });

    private PhoneBench(BridgeListener listener) {
        this.listener = listener;
    }

    static PhoneBench open(BridgeOptions options) throws TransportException {
        return open(options, PeerOwner.procTables());
    }

    /** A bench whose listener tells the owners of connections with {@code owners}. */
    static PhoneBench open(BridgeOptions options, PeerOwner.Lookup owners) throws TransportException {
        return new PhoneBench(BridgeListener.open(new BridgeAddress("127.0.0.1", 0), options, owners));
    }

    /** Waits until an event of this kind has arrived, and returns the first one. */
    <E extends BridgeEvent> E awaitEvent(Class<E> kind) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (events.stream().noneMatch(kind::isInstance)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + kind.getSimpleName() + " event; events: " + events);
            }
            Thread.sleep(10);
        }
        return events.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    /** A phone that connected; nothing answered yet. */
    FakePhone connectPhone() throws IOException {
        FakePhone phone = FakePhone.connect(listener.address());
        phones.add(phone);
        return phone;
    }

    /** {@link BridgeListener#awaitCard} on the background thread. */
    Future<BridgeTransport> awaitCard(Duration timeout) {
        return background.submit(() -> listener.awaitCard(timeout, events::add));
    }

    /** A phone that connected and answered the handshake with the usual ATR; returns the bridge's transport. */
    BridgeTransport insert(FakePhone phone) throws Exception {
        Future<BridgeTransport> card = awaitCard(WAIT);
        phone.answerHandshake(FakePhone.ATR);
        return get(card);
    }

    Future<byte[]> exchange(BridgeTransport transport, byte[] command) {
        return background.submit(() -> transport.exchange(command));
    }

    /** The result of a background call, or what it threw. */
    static <T> T get(Future<T> future) throws Exception {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (FakePhone phone : phones) {
            phone.close();
        }
        background.shutdownNow();
    }
}
