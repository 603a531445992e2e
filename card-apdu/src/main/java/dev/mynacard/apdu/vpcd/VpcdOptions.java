/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.vpcd;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how a {@link VpcdConnector} reaches vpcd.
 *
 * @param host vpcd's host; vpcd listens on all interfaces, the card usually runs beside it
 * @param port 35963 for the reader "Virtual PCD 00 00", 35964 for "Virtual PCD 00 01"
 * @param quickAck re-arm TCP_QUICKACK before every read (Linux); without it each APDU costs about
 *     40–50 ms of delayed-ACK wait
 * @param reconnectDelay pause before connecting again after vpcd closed or refused the connection
 */
public record VpcdOptions(String host, int port, boolean quickAck, Duration reconnectDelay) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 35963;

    public VpcdOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1–65535");
        }
        if (reconnectDelay.isNegative()) {
            throw new IllegalArgumentException("reconnectDelay must not be negative");
        }
    }

    /** 127.0.0.1:35963, TCP_QUICKACK on, 500 ms between connection attempts. */
    public static VpcdOptions defaults() {
        return new VpcdOptions(DEFAULT_HOST, DEFAULT_PORT, true, Duration.ofMillis(500));
    }

    public VpcdOptions withAddress(String newHost, int newPort) {
        return new VpcdOptions(newHost, newPort, quickAck, reconnectDelay);
    }

    public VpcdOptions withQuickAck(boolean on) {
        return new VpcdOptions(host, port, on, reconnectDelay);
    }

    public VpcdOptions withReconnectDelay(Duration delay) {
        return new VpcdOptions(host, port, quickAck, delay);
    }
}
