/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.fuzz;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportDecorator;
import java.io.IOException;
import java.util.List;

/**
 * A simulated card whose answers a plan replaces, one per command, then honest again; an
 * {@link Answer.EndlessMoreData} stays for every later command. Counts what it was sent.
 */
final class HostileCard extends TransportDecorator {
    private final List<Answer> plan;
    private final boolean extendedLength;
    private int exchanges;
    private Answer sticky;

    HostileCard(CardTransport card, List<Answer> plan, boolean extendedLength) {
        super(card);
        this.plan = plan;
        this.extendedLength = extendedLength;
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        int n = exchanges++;
        if (sticky != null) {
            return sticky.apply(null);
        }
        Answer answer = n < plan.size() ? plan.get(n) : new Answer.Honest();
        if (answer instanceof Answer.EndlessMoreData) {
            sticky = answer;
        }
        byte[] real = inner.exchange(command);
        return answer.apply(real);
    }

    @Override
    public boolean supportsExtendedLength() {
        return extendedLength;
    }

    int exchanges() {
        return exchanges;
    }
}
