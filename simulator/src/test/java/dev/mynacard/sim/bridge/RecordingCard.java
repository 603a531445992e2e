/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.bridge;

import dev.mynacard.apdu.vpcd.ForwardingVirtualCard;
import dev.mynacard.apdu.vpcd.VirtualCard;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A simulated card as the phone's card, with what an NFC card does to timing: chosen commands
 * take {@code slowness} (a signature over a weak field), and every command that reaches the card
 * is recorded, so that a test can count how often the card saw it.
 */
final class RecordingCard extends ForwardingVirtualCard {
    private final Predicate<byte[]> slow;
    private final Duration slowness;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    RecordingCard(VirtualCard card, Predicate<byte[]> slow, Duration slowness) {
        super(card);
        this.slow = slow;
        this.slowness = slowness;
    }

    /** The INS of every command the card processed, as two hex digits, in order. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public byte[] process(byte[] apdu) {
        seen.add(String.format("%02X", apdu[1] & 0xFF));
        if (slow.test(apdu)) {
            try {
                Thread.sleep(slowness.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return inner.process(apdu);
    }
}
