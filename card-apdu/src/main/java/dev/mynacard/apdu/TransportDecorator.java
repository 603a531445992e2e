/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import java.io.IOException;

/** Base of the decorators: forwards everything to the wrapped transport. */
public abstract class TransportDecorator implements CardTransport {
    protected final CardTransport inner;

    protected TransportDecorator(CardTransport inner) {
        this.inner = inner;
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        return inner.exchange(command);
    }

    @Override
    public byte[] atr() {
        return inner.atr();
    }

    @Override
    public boolean supportsExtendedLength() {
        return inner.supportsExtendedLength();
    }

    @Override
    public ExclusiveAccess exclusive() throws IOException {
        return inner.exclusive();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
