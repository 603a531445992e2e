/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Linux's tables of TCP sockets ({@code /proc/net/tcp}, {@code /proc/net/tcp6}), read for one
 * thing: which user owns the socket at one end of a connection. An entry is
 * {@code sl local_address rem_address st tx:rx tr:when retrnsmt uid …}, addresses as
 * {@code HEX:PORT} where the address is the kernel's 32-bit words in host byte order (8 hex digits
 * for IPv4, 4 × 8 for IPv6) and the port 4 hex digits; state 01 is ESTABLISHED. An IPv4 peer of a
 * dual-stack socket shows as {@code ::ffff:a.b.c.d} and is matched as a.b.c.d. Lines that are not
 * such an entry (the header, anything garbled) are skipped.
 */
final class TcpSocketTable {
    private static final String ESTABLISHED = "01";
    private static final int UID_COLUMN = 7;
    private static final long MAX_UID = 0xFFFF_FFFFL;

    private TcpSocketTable() {
    }

    /**
     * The uid owning the ESTABLISHED socket whose own address is {@code local} and whose peer is
     * {@code remote}, or empty when the table has none.
     *
     * @param order the byte order of the kernel that wrote the table ({@link ByteOrder#nativeOrder()})
     */
    static OptionalLong ownerOf(BufferedReader table, InetSocketAddress local, InetSocketAddress remote, ByteOrder order)
            throws IOException {
        for (String line = table.readLine(); line != null; line = table.readLine()) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length <= UID_COLUMN || !ESTABLISHED.equals(columns[3])) {
                continue;
            }
            Optional<InetSocketAddress> entryLocal = address(columns[1], order);
            Optional<InetSocketAddress> entryRemote = address(columns[2], order);
            OptionalLong uid = uid(columns[UID_COLUMN]);
            if (entryLocal.equals(Optional.of(local)) && entryRemote.equals(Optional.of(remote)) && uid.isPresent()) {
                return uid;
            }
        }
        return OptionalLong.empty();
    }

    /** The effective uid from the lines of {@code /proc/self/status} ({@code Uid: real effective saved fs}). */
    static OptionalLong effectiveUid(BufferedReader status) throws IOException {
        for (String line = status.readLine(); line != null; line = status.readLine()) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && columns[0].equals("Uid:")) {
                return uid(columns[2]);
            }
        }
        return OptionalLong.empty();
    }

    /** {@code HEX:PORT} as the kernel writes it, or empty when it is not that. */
    static Optional<InetSocketAddress> address(String column, ByteOrder order) {
        int colon = column.indexOf(':');
        if (colon < 0 || column.length() - colon - 1 != 4 || (colon != 8 && colon != 32)
                || !isHex(column, 0, colon) || !isHex(column, colon + 1, column.length())) {
            return Optional.empty();
        }
        byte[] words = HexFormat.of().parseHex(column, 0, colon);
        if (order == ByteOrder.LITTLE_ENDIAN) {
            for (int word = 0; word < words.length; word += 4) {
                swap(words, word, word + 3);
                swap(words, word + 1, word + 2);
            }
        }
        try {
            // A v4-mapped IPv6 address comes back as the Inet4Address, as Java gives the peer of an accepted socket.
            InetAddress ip = InetAddress.getByAddress(words);
            return Optional.of(new InetSocketAddress(ip, Integer.parseInt(column, colon + 1, column.length(), 16)));
        } catch (UnknownHostException impossible) {
            return Optional.empty(); // 4 or 16 bytes, checked above
        }
    }

    private static OptionalLong uid(String column) {
        if (column.isEmpty() || column.length() > 10 || !column.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long uid = Long.parseLong(column);
        return uid <= MAX_UID ? OptionalLong.of(uid) : OptionalLong.empty();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f')) {
                return false; // ASCII only: Character.digit would take other scripts' digits
            }
        }
        return true;
    }

    private static void swap(byte[] bytes, int i, int j) {
        byte b = bytes[i];
        bytes[i] = bytes[j];
        bytes[j] = b;
    }
}
