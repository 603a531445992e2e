/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

/**
 * Receives the bridge's {@link BridgeEvent}s. Called on the waiting thread, except
 * {@link BridgeEvent.PhoneRefused} and {@link BridgeEvent.OtherUserRefused}, which come from the
 * listener's accepting thread at any time; an implementation must be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = event -> { };

    void onEvent(BridgeEvent event);
}
