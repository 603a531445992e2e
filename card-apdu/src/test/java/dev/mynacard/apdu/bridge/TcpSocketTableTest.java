/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reading the kernel's socket tables, with tables written here as a little- or big-endian kernel writes them. */
class TcpSocketTableTest {
    private static final String HEADER_V4 = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";
    private static final String HEADER_V6 = "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";
    /** 127.0.0.1:40000 (the client) connected to 127.0.0.1:35963 (the bridge). */
    private static final InetSocketAddress CLIENT = at("127.0.0.1", 40000);
    private static final InetSocketAddress BRIDGE = at("127.0.0.1", 35963);

    @Test
    void anIpv4EntryOfALittleEndianKernelGivesItsUid() throws Exception {
        String table = String.join("\n", HEADER_V4,
                "   0: 0100007F:8C7B 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 1 1 0 100 0 0 10 0",
                "   1: 0100007F:8C7B 0100007F:9C40 01 00000000:00000000 00:00000000 00000000  1000        0 2 1 0 20 4 30 10 -1",
                "   2: 0100007F:9C40 0100007F:8C7B 01 00000000:00000000 00:00000000 00000000 65534        0 3 1 0 20 4 30 10 -1");

        assertEquals(OptionalLong.of(65534), owner(table, CLIENT, BRIDGE, ByteOrder.LITTLE_ENDIAN));
        assertEquals(OptionalLong.of(1000), owner(table, BRIDGE, CLIENT, ByteOrder.LITTLE_ENDIAN), "the other end is another entry");
    }

    @Test
    void aBigEndianKernelWritesTheAddressInNetworkOrder() throws Exception {
        String table = HEADER_V4 + "\n   0: 7F000001:9C40 7F000001:8C7B 01 00000000:00000000 00:00000000 00000000   42 0 3\n";

        assertEquals(OptionalLong.of(42), owner(table, CLIENT, BRIDGE, ByteOrder.BIG_ENDIAN));
        assertEquals(OptionalLong.empty(), owner(table, CLIENT, BRIDGE, ByteOrder.LITTLE_ENDIAN), "1.0.0.127 is not 127.0.0.1");
    }

    @Test
    void onlyAnEstablishedEntryCounts() throws Exception {
        String table = String.join("\n", HEADER_V4,
                "   0: 0100007F:9C40 0100007F:8C7B 06 00000000:00000000 03:00000000 00000000 77 0 0", // TIME_WAIT
                "   1: 0100007F:9C40 0100007F:8C7B 08 00000000:00000000 00:00000000 00000000 78 0 4"); // CLOSE_WAIT

        assertEquals(OptionalLong.empty(), owner(table, CLIENT, BRIDGE, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void anIpv6LoopbackEntry() throws Exception {
        String table = HEADER_V6 + "\n   0: 00000000000000000000000001000000:9C40 00000000000000000000000001000000:8C7B"
                + " 01 00000000:00000000 00:00000000 00000000  1001        0 5 1 0 20 4 30 10 -1\n";

        assertEquals(OptionalLong.of(1001), owner(table, at("::1", 40000), at("::1", 35963), ByteOrder.LITTLE_ENDIAN));
        assertEquals(OptionalLong.empty(), owner(table, CLIENT, BRIDGE, ByteOrder.LITTLE_ENDIAN), "::1 is not 127.0.0.1");
    }

    @Test
    void aV4MappedEntryMatchesTheIpv4PeerJavaReports() throws Exception {
        // A dual-stack (Java) client: ::ffff:127.0.0.1, which an accepted socket reports as 127.0.0.1.
        String table = HEADER_V6 + "\n   0: 0000000000000000FFFF00000100007F:9C40 0000000000000000FFFF00000100007F:8C7B"
                + " 01 00000000:00000000 00:00000000 00000000  2002        0 6 1 0 20 4 30 10 -1\n";

        assertEquals(OptionalLong.of(2002), owner(table, CLIENT, BRIDGE, ByteOrder.LITTLE_ENDIAN));
        assertEquals(Optional.of(CLIENT), TcpSocketTable.address("0000000000000000FFFF00000100007F:9C40", ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void garbledAndHostileLinesAreSkippedAndTheRealEntryStillFound() throws Exception {
        String entry = "0100007F:9C40 0100007F:8C7B 01 00000000:00000000 00:00000000 00000000";
        String table = String.join("\n", HEADER_V4,
                "",
                "   0:",
                "   1: " + entry, // no uid column
                "   2: " + entry + " -5 0 0",
                "   3: " + entry + " 99999999999 0 0", // above 32 bits
                "   4: " + entry + " ١٠٠٠ 0 0", // Arabic-Indic digits
                "   5: " + entry + " 0x10 0 0",
                "   6: 0100007G:9C40 0100007F:8C7B 01 0:0 0:0 0 7 0 0", // not hex
                "   7: ٠١٠٠٠٠7F:9C40 0100007F:8C7B 01 0:0 0:0 0 7 0 0", // digits of another script
                "   8: 0100007F:9C4 0100007F:8C7B 01 0:0 0:0 0 7 0 0", // short port
                "   9: 100007F:9C40 0100007F:8C7B 01 0:0 0:0 0 7 0 0", // 7 digits
                "  10: 0100007F9C40 0100007F:8C7B 01 0:0 0:0 0 7 0 0", // no colon
                "  11: :::: :::: 01 0:0 0:0 0 7 0 0",
                "x".repeat(10_000),
                "  12: " + entry + "   31337 0 0");

        assertEquals(OptionalLong.of(31337), owner(table, CLIENT, BRIDGE, ByteOrder.LITTLE_ENDIAN));
        assertEquals(OptionalLong.empty(), owner(HEADER_V4 + "\n\0\0\0\n", CLIENT, BRIDGE, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void theEffectiveUidIsTheSecondOfTheUidLine() throws Exception {
        String status = "Name:\tjava\nUmask:\t0022\nState:\tS (sleeping)\nUid:\t1000\t1001\t1002\t1003\nGid:\t5\t5\t5\t5\n";

        assertEquals(OptionalLong.of(1001), TcpSocketTable.effectiveUid(reader(status)));
        assertEquals(OptionalLong.empty(), TcpSocketTable.effectiveUid(reader("Name:\tjava\nUid:\n")));
        assertEquals(OptionalLong.empty(), TcpSocketTable.effectiveUid(reader("Uid:\t1000\tx\n")));
    }

    private static OptionalLong owner(String table, InetSocketAddress local, InetSocketAddress remote, ByteOrder order)
            throws Exception {
        return TcpSocketTable.ownerOf(reader(table), local, remote, order);
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    private static InetSocketAddress at(String ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(ip), port);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
