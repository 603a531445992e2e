/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The deadline on card calls, with calls that stand in for a card that answers, fails or goes silent. */
class CardThreadTest {
    private static final Duration SHORT = Duration.ofMillis(200);
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final AtomicInteger cleanUps = new AtomicInteger();
    private final CountDownLatch cleanedUp = new CountDownLatch(1);

    private CardThread thread(String reader) {
        return new CardThread("test", reader, SHORT, () -> {
            cleanUps.incrementAndGet();
            cleanedUp.countDown();
        });
    }

    @Test
    void callsRunOneAfterAnotherOnOneThreadOfTheirOwn() throws Exception {
        CardThread card = thread("R1");
        AtomicReference<Thread> first = new AtomicReference<>();

        card.call("one", () -> {
            first.set(Thread.currentThread());
            return null;
        });
        Thread second = card.call("two", Thread::currentThread);

        assertSame(first.get(), second);
        assertTrue(second.isDaemon());
        assertEquals("mynacard card R1", second.getName());
        card.close(() -> null);
        second.join(BOUND.toMillis());
        assertFalse(second.isAlive(), "the thread ends with the connection");
        assertEquals(0, cleanUps.get());
    }

    @Test
    void failuresOfTheCallReachTheCallerUnchanged() {
        CardThread card = thread("R2");
        TransportException removed = new TransportException(Reason.CARD_REMOVED, "gone");

        assertSame(removed, assertThrows(TransportException.class, () -> card.call("x", () -> {
            throw removed;
        })));
        assertThrows(IllegalStateException.class, () -> card.call("x", () -> {
            throw new IllegalStateException("bug");
        }));
        assertFalse(card.abandoned(), "a failure the card reported is not a timeout");
    }

    @Test
    void aCallBeyondTheTimeoutIsAbandonedAndCleanedUpOnceItReturns() throws Exception {
        CardThread card = thread("R3");
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger sent = new AtomicInteger();

        long start = System.nanoTime();
        TransportException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(TransportException.class,
                () -> card.call("the command", () -> {
                    sent.incrementAndGet();
                    return awaitAnswer(answer);
                })));
        long took = System.nanoTime() - start;

        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals("The card stopped answering: no answer to the command within 200 ms (reader 'R3'); the connection"
                + " is abandoned and the command is not sent again", e.getMessage());
        assertTrue(took >= SHORT.toNanos(), took + " ns");
        assertTrue(card.abandoned());
        assertEquals(List.of("R3"), CardThread.blockedReaders("test"));

        TransportException later = assertThrows(TransportException.class, () -> card.call("the command", () -> {
            sent.incrementAndGet();
            return true;
        }));
        assertEquals(Reason.TIMEOUT, later.reason());
        assertTrue(later.getMessage().startsWith("The connection to the card was abandoned after an earlier failure"));
        assertTimeoutPreemptively(Duration.ofMillis(100), () -> card.close(() -> {
            throw new AssertionError("no disconnect while the card holds the thread");
        }));
        assertEquals(0, cleanUps.get(), "nothing touches the connection while the call is blocked");

        answer.countDown();
        assertTrue(cleanedUp.await(BOUND.toMillis(), TimeUnit.MILLISECONDS));
        assertEquals(1, cleanUps.get());
        assertEquals(1, sent.get(), "the command was never sent again");
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!CardThread.blockedReaders("test").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(List.of(), CardThread.blockedReaders("test"));
    }

    /** A card that answers once {@code answer} is counted down. */
    private static boolean awaitAnswer(CountDownLatch answer) {
        try {
            return answer.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            throw new AssertionError("nothing may interrupt the card's thread", e);
        }
    }

    @Test
    void aClosedConnectionSaysClosed() throws Exception {
        CardThread card = thread("R4");
        card.close(() -> null);

        assertEquals(Reason.CLOSED, assertThrows(TransportException.class, () -> card.call("x", () -> null)).reason());
    }

    @Test
    void theTimeoutMustBeAboveZeroAndAtMostADay() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMillis(-1), Duration.ofDays(1).plusMillis(1))) {
            assertThrows(IllegalArgumentException.class, () -> CardThread.requirePositive(bad), bad.toString());
        }
        assertEquals(Duration.ofDays(1), CardThread.requirePositive(Duration.ofDays(1)));
    }
}
