/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BridgeAddressTest {
    @Test
    void theAppsUriForm() {
        assertEquals("vpcd://192.168.1.20:35963", new BridgeAddress("192.168.1.20", 35963).uri());
        assertEquals("vpcd://[fe80::1]:4000", new BridgeAddress("fe80::1", 4000).uri());
        assertEquals("vpcd://127.0.0.1:35963", BridgeAddress.DEFAULT_LISTEN.toString());
    }

    @Test
    void parsesPortAloneHostAndPortAndBracketedIpv6() {
        assertEquals(new BridgeAddress("127.0.0.1", 4000), BridgeAddress.parse("4000"));
        assertEquals(new BridgeAddress("0.0.0.0", 35963), BridgeAddress.parse("0.0.0.0:35963"));
        assertEquals(new BridgeAddress("phone.local", 35963), BridgeAddress.parse("phone.local:35963"));
        assertEquals(new BridgeAddress("::1", 4000), BridgeAddress.parse("[::1]:4000"));
    }

    @Test
    void refusesWhatIsNotHostAndPort() {
        assertEquals("'phone:': the port must be a number, not ''",
                assertThrows(IllegalArgumentException.class, () -> BridgeAddress.parse("phone:")).getMessage());
        assertEquals("'phone:x1': the port must be a number, not 'x1'",
                assertThrows(IllegalArgumentException.class, () -> BridgeAddress.parse("phone:x1")).getMessage());
        assertEquals("'phone:70000': port 70000 is outside 1–65535",
                assertThrows(IllegalArgumentException.class, () -> BridgeAddress.parse("phone:70000")).getMessage());
        assertEquals("'0': port 0 is outside 1–65535",
                assertThrows(IllegalArgumentException.class, () -> BridgeAddress.parse("0")).getMessage());
        assertEquals("':4000' has an empty host",
                assertThrows(IllegalArgumentException.class, () -> BridgeAddress.parse(":4000")).getMessage());
        assertEquals("'::1:4000': write an IPv6 host in brackets, e.g. [::1]:35963",
                assertThrows(IllegalArgumentException.class, () -> BridgeAddress.parse("::1:4000")).getMessage());
    }

    @Test
    void wildcardAddressesAreNotForThePhone() {
        assertTrue(new BridgeAddress("0.0.0.0", 1).isWildcard());
        assertTrue(new BridgeAddress("::", 1).isWildcard());
        assertFalse(new BridgeAddress("127.0.0.1", 1).isWildcard());
    }

    @Test
    void localCandidatesAreTheUpNonLoopbackIpv4AddressesOfThisMachine() throws Exception {
        List<BridgeAddress> candidates = BridgeAddress.localCandidates(4000);
        Set<String> expected = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(BridgeAddressTest::isUsable)
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(ip -> ip.getAddress().length == 4 && !ip.isLoopbackAddress() && !ip.isLinkLocalAddress())
                .map(InetAddress::getHostAddress)
                .collect(Collectors.toSet());
        assertEquals(expected, candidates.stream().map(BridgeAddress::host).collect(Collectors.toSet()));
        assertTrue(candidates.stream().allMatch(c -> c.port() == 4000));
        assertTrue(candidates.stream().noneMatch(c -> c.host().startsWith("127.")));
    }

    private static boolean isUsable(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback() && !nic.isVirtual();
        } catch (SocketException e) {
            return false;
        }
    }
}
