/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.apdu.vpcd.ForwardingVirtualCard;
import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The simulated card held to a phone running the Remote Smart Card Reader app, in this JVM: it
 * connects to the bridge as the app does (the vpcd card side), again and again until
 * {@link #close()}, so one phone serves several commands. What a phone does to the card can be
 * set before {@link #start()}: answer some commands late, lose the card (drop the connection,
 * as the app does) right after the card processed a command, or stop answering until told.
 */
final class SimulatedPhone implements AutoCloseable {
    private static final Duration RECONNECT = Duration.ofMillis(20);

    private final PhoneCard card;
    private final int port;
    private volatile VpcdConnector connector;

    private SimulatedPhone(VirtualCard card, int port) {
        this.card = new PhoneCard(card);
        this.port = port;
    }

    /** A phone holding the simulated card of {@code stateFile}, for a bridge on 127.0.0.1:{@code port}. */
    static SimulatedPhone holding(Path stateFile, int port) {
        try {
            return new SimulatedPhone(PersistentCard.open(stateFile, DefaultCard::image, warning -> {
                throw new AssertionError(warning);
            }), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port that was free a moment ago. */
    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commands matching {@code which} are answered {@code late} after the card processed them. */
    SimulatedPhone answeringLate(Predicate<byte[]> which, Duration late) {
        card.slow = which;
        card.lateness = late;
        return this;
    }

    /**
     * The card stops answering at the first command matching {@code which}: the reader waits for
     * the answer until {@link #answerAgain()}, when the card processes it and answers late.
     */
    SimulatedPhone goingSilentAt(Predicate<byte[]> which) {
        card.silent = which;
        return this;
    }

    /** The card that went silent processes the command it held and answers it, and every later one. */
    void answerAgain() {
        card.answering.countDown();
    }

    /**
     * Waits up to {@code bound} until the reader resets the card (or powers it off) after it
     * answered again: pcscd does so once the late answer reaches a client that gave up or died.
     */
    boolean awaitResetAfterAnswering(Duration bound) throws InterruptedException {
        return card.resetAfterAnswering.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits up to {@code bound} until the card has gone silent; false when it did not. */
    boolean awaitSilence(Duration bound) throws InterruptedException {
        return card.wentSilent.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The card leaves the field right after processing a command matching {@code which}: the answer is lost. */
    SimulatedPhone losingTheCardAfter(Predicate<byte[]> which) {
        card.lost = which;
        return this;
    }

    SimulatedPhone start() {
        connector = new VpcdConnector(card, VpcdOptions.defaults().withAddress("127.0.0.1", port)
                .withReconnectDelay(RECONNECT)).start();
        return this;
    }

    /** The card leaves the field now: the phone drops its connection and connects no more. */
    void leave() {
        connector.close();
    }

    /** The INS of every command the card processed, as two hex digits, in order. */
    List<String> seen() {
        return List.copyOf(card.seen);
    }

    /** How many commands matching {@code which} the card processed. */
    long count(Predicate<byte[]> which) {
        return card.commands.stream().filter(which).count();
    }

    @Override
    public void close() {
        answerAgain();
        if (connector != null) {
            connector.close();
        }
    }

    static Predicate<byte[]> ins(int ins) {
        return apdu -> (apdu[1] & 0xFF) == ins;
    }

    /** A VERIFY that carries a PIN (an empty one only asks for the tries left). */
    static Predicate<byte[]> verifyWithPin() {
        return apdu -> (apdu[1] & 0xFF) == 0x20 && apdu.length > 5;
    }

    /** The {@code n}th command (from 1) that matches {@code which}. */
    static Predicate<byte[]> nth(Predicate<byte[]> which, int n) {
        AtomicInteger matched = new AtomicInteger();
        return apdu -> which.test(apdu) && matched.incrementAndGet() == n;
    }

    private final class PhoneCard extends ForwardingVirtualCard {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<byte[]> commands = new CopyOnWriteArrayList<>();
        volatile Predicate<byte[]> slow = apdu -> false;
        volatile Duration lateness = Duration.ZERO;
        volatile Predicate<byte[]> lost = apdu -> false;
        volatile Predicate<byte[]> silent = apdu -> false;
        final CountDownLatch wentSilent = new CountDownLatch(1);
        final CountDownLatch answering = new CountDownLatch(1);
        final CountDownLatch resetAfterAnswering = new CountDownLatch(1);

        PhoneCard(VirtualCard inner) {
            super(inner);
        }

        @Override
        public void reset() {
            super.reset();
            noteReset();
        }

        @Override
        public void powerOff() {
            super.powerOff();
            noteReset();
        }

        private void noteReset() {
            if (answering.getCount() == 0 && wentSilent.getCount() == 0) {
                resetAfterAnswering.countDown();
            }
        }

        @Override
        public byte[] process(byte[] apdu) {
            seen.add(String.format("%02X", apdu[1] & 0xFF));
            commands.add(apdu.clone());
            if (silent.test(apdu)) {
                wentSilent.countDown();
                await(answering);
            }
            byte[] response = inner.process(apdu);
            if (slow.test(apdu)) {
                sleep(lateness);
            }
            if (lost.test(apdu)) {
                connector.close(); // the answer never leaves the phone
            }
            return response;
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
