/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.vpcd.VirtualCard;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link EchoTestCard} that stops answering at its first {@code 80 40 00 00}: the reader waits
 * for the answer (vpcd has no timeout of its own) until {@link #answerAgain()}, when the card
 * sends its late answer and behaves normally from then on. Counts the commands {@code 80 40} it
 * was sent and the resets it saw.
 */
public final class SilentTestCard implements VirtualCard {
    public final AtomicInteger silentCommands = new AtomicInteger();
    public final AtomicInteger resets = new AtomicInteger();
    private final EchoTestCard inner = new EchoTestCard();
    private final CountDownLatch answering = new CountDownLatch(1);
    private final CountDownLatch silent = new CountDownLatch(1);

    /** The card answers the command it is silent on, and every later one. */
    public void answerAgain() {
        answering.countDown();
    }

    /** Until the card has received the command it does not answer. */
    public boolean awaitSilence(long millis) throws InterruptedException {
        return silent.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public byte[] atr() {
        return inner.atr();
    }

    @Override
    public void reset() {
        resets.incrementAndGet();
    }

    @Override
    public byte[] process(byte[] apdu) {
        if ((apdu[0] & 0xFF) == 0x80 && apdu[1] == 0x40) {
            silentCommands.incrementAndGet();
            silent.countDown();
            try {
                answering.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return inner.process(apdu);
    }
}
