/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.vpcd;

import java.util.Objects;

/** Base of virtual cards that add behaviour to another one: forwards everything to it. */
public abstract class ForwardingVirtualCard implements VirtualCard {
    protected final VirtualCard inner;

    protected ForwardingVirtualCard(VirtualCard inner) {
        this.inner = Objects.requireNonNull(inner, "inner");
    }

    @Override
    public byte[] atr() {
        return inner.atr();
    }

    @Override
    public void powerOn() {
        inner.powerOn();
    }

    @Override
    public void powerOff() {
        inner.powerOff();
    }

    @Override
    public void reset() {
        inner.reset();
    }

    @Override
    public byte[] process(byte[] apdu) {
        return inner.process(apdu);
    }
}
