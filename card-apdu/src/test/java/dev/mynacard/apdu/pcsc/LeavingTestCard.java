/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.apdu.vpcd.VpcdConnector;

/**
 * An {@link EchoTestCard} that answers a number of commands and then, given the next one, leaves
 * the reader without answering: its connection to vpcd closes while the reader waits for the
 * response, as when a card is pulled in the middle of a multi-command operation.
 */
public final class LeavingTestCard implements VirtualCard {
    private final EchoTestCard inner;
    private final int answered;
    private volatile VpcdConnector connector;

    public LeavingTestCard(EchoTestCard inner, int answered) {
        this.inner = inner;
        this.answered = answered;
    }

    /** Puts the card into the reader "Virtual PCD 00 00". */
    public VpcdConnector insert() {
        connector = new VpcdConnector(this);
        return connector.start();
    }

    @Override
    public byte[] atr() {
        return inner.atr();
    }

    @Override
    public byte[] process(byte[] apdu) {
        if (inner.commands.get() < answered) {
            return inner.process(apdu);
        }
        connector.close();
        // Never reaches vpcd: the connection is closed.
        return new byte[] {0x6F, 0x00};
    }
}
