/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A host and TCP port of the NFC bridge, written for the phone app as {@code vpcd://HOST:PORT}
 * ({@link #uri()}): the form the Remote Smart Card Reader app takes from a link or a QR code, and
 * the one vsmartcard's own {@code vpcd-config} prints.
 *
 * @param host an IP address or host name, without brackets
 * @param port 1–65535; 0 only for a listener that lets the system choose a free port
 */
public record BridgeAddress(String host, int port) {
    /** The app's default port, the same as vpcd's. */
    public static final int DEFAULT_PORT = 35963;
    /** Where the bridge listens unless told otherwise: this machine only. */
    public static final BridgeAddress DEFAULT_LISTEN = new BridgeAddress("127.0.0.1", DEFAULT_PORT);

    public BridgeAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || host.startsWith("[")) {
            throw new IllegalArgumentException("host must be an address or a name without brackets, not '" + host + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 1–65535");
        }
    }

    /**
     * Parses {@code [HOST:]PORT} (an IPv6 host in brackets: {@code [::1]:35963}); without a host,
     * the host is 127.0.0.1.
     *
     * @throws IllegalArgumentException with the reason, for anything else
     */
    public static BridgeAddress parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        int colon = spec.lastIndexOf(':');
        String host = colon < 0 ? DEFAULT_LISTEN.host() : spec.substring(0, colon);
        String portText = spec.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("'" + spec + "': write an IPv6 host in brackets, e.g. [::1]:" + DEFAULT_PORT);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("'" + spec + "' has an empty host");
        }
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + spec + "': the port must be a number, not '" + portText + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + spec + "': port " + port + " is outside 1–65535");
        }
        return new BridgeAddress(host, port);
    }

    /** {@code vpcd://HOST:PORT}, what the app is given. */
    public String uri() {
        return "vpcd://" + hostPort();
    }

    /** {@code HOST:PORT}, an IPv6 host in brackets. */
    public String hostPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Whether the host is 0.0.0.0 or ::, i.e. every local interface: not an address a phone can use. */
    public boolean isWildcard() {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("0:0:0:0:0:0:0:0");
    }

    /**
     * The addresses by which a phone on the same network may reach this machine on {@code port}:
     * the IPv4 address of every interface that is up, neither loopback nor virtual, without
     * link-local (169.254.x.x) ones. The machine cannot know which of them the phone's network
     * reaches, so the user picks one (usually the Wi-Fi one); an empty list means no network.
     */
    public static List<BridgeAddress> localCandidates(int port) {
        List<BridgeAddress> candidates = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InterfaceAddress address : nic.getInterfaceAddresses()) {
                    InetAddress ip = address.getAddress();
                    if (ip instanceof Inet4Address && !ip.isLoopbackAddress() && !ip.isLinkLocalAddress()) {
                        candidates.add(new BridgeAddress(ip.getHostAddress(), port));
                    }
                }
            }
        } catch (SocketException e) {
            return List.of(); // no interface list: nothing to offer, the user types the address
        }
        return List.copyOf(candidates);
    }

    @Override
    public String toString() {
        return uri();
    }
}
