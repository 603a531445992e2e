/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Which user of this computer owns the other end of an accepted connection: this program's user,
 * another one, or unknown (a peer on another machine, or a system where the kernel does not tell).
 */
sealed interface PeerOwner {

    /** The peer's socket belongs to the user this program runs as. */
    record ThisUser() implements PeerOwner {
    }

    /** The peer's socket belongs to another user of this computer. */
    record OtherUser(long uid) implements PeerOwner {
    }

    /** The owner cannot be told; {@code why} says why, for a message. */
    record Unknown(String why) implements PeerOwner {
    }

    /** Finds the owner of an accepted connection's peer. */
    interface Lookup {
        /** Never throws: every failure is an {@link Unknown}. */
        PeerOwner ownerOf(Socket accepted);

        /** Whether {@link #ownerOf} can tell the owner of a peer on this computer at all. */
        boolean available();
    }

    /**
     * Linux: the peer's socket is the one in {@code /proc/net/tcp} or {@code tcp6} whose own address
     * is the accepted socket's remote one and whose peer is the accepted socket's local one; its
     * uid column is compared with this process's effective uid ({@code /proc/self/status}). The
     * tables are those of this process's network namespace, where every loopback peer is.
     */
    static Lookup procTables() {
        return new ProcLookup(Path.of("/proc"));
    }

    /** {@link #procTables()} on a /proc mounted at {@code proc}, for tests. */
    record ProcLookup(Path proc) implements Lookup {
        @Override
        public PeerOwner ownerOf(Socket accepted) {
            OptionalLong self = selfUid();
            if (self.isEmpty()) {
                return new Unknown("this system does not tell which user owns a connection");
            }
            InetSocketAddress peer = new InetSocketAddress(accepted.getInetAddress(), accepted.getPort());
            InetSocketAddress us = new InetSocketAddress(accepted.getLocalAddress(), accepted.getLocalPort());
            for (String table : List.of("tcp", "tcp6")) {
                try (BufferedReader lines = Files.newBufferedReader(proc.resolve("net").resolve(table), StandardCharsets.ISO_8859_1)) {
                    OptionalLong owner = TcpSocketTable.ownerOf(lines, peer, us, ByteOrder.nativeOrder());
                    if (owner.isPresent()) {
                        return owner.getAsLong() == self.getAsLong() ? new ThisUser() : new OtherUser(owner.getAsLong());
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // tcp6 is missing where IPv6 is off; an unreadable table is a table without the peer
                }
            }
            return new Unknown("its connection is not in this computer's table of connections");
        }

        @Override
        public boolean available() {
            return selfUid().isPresent() && Files.isReadable(proc.resolve("net").resolve("tcp"));
        }

        private OptionalLong selfUid() {
            try (BufferedReader status = Files.newBufferedReader(proc.resolve("self").resolve("status"), StandardCharsets.ISO_8859_1)) {
                return TcpSocketTable.effectiveUid(status);
            } catch (IOException | RuntimeException noProc) {
                return OptionalLong.empty();
            }
        }
    }
}
