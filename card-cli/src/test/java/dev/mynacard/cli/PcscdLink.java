/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * pcscd as one program sees it, and a way to kill it for that program alone: a socket that
 * relays each connection to the machine's pcscd ({@code /run/pcscd/pcscd.comm}). A program whose
 * libpcsclite is pointed here ({@code PCSCLITE_CSOCK_NAME}) uses the real pcscd; {@link #kill()}
 * then closes every connection and the socket at once, which is what the program sees when pcscd
 * is killed: the kernel closes pcscd's end of each connection, and nobody listens any more. The
 * machine's pcscd, and every other program using it, go on undisturbed.
 */
final class PcscdLink implements AutoCloseable {
    static final Path PCSCD = Path.of("/run/pcscd/pcscd.comm");

    private final Path socket;
    private final ServerSocketChannel server;
    private final List<SocketChannel> open = new CopyOnWriteArrayList<>();

    private PcscdLink(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
    }

    static PcscdLink open(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        PcscdLink link = new PcscdLink(socket, server);
        daemon(link::accept, "pcscd link");
        return link;
    }

    Path socket() {
        return socket;
    }

    /** pcscd is gone, for the programs using this link. */
    void kill() throws IOException {
        server.close();
        open.forEach(PcscdLink::closeQuietly);
        Files.deleteIfExists(socket);
    }

    @Override
    public void close() throws IOException {
        kill();
    }

    private void accept() {
        while (server.isOpen()) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                continue; // by kill(): the loop ends
            }
            open.add(client);
            try {
                SocketChannel pcscd = SocketChannel.open(UnixDomainSocketAddress.of(PCSCD));
                open.add(pcscd);
                daemon(() -> pump(client, pcscd), "pcscd link to pcscd");
                daemon(() -> pump(pcscd, client), "pcscd link to the program");
            } catch (IOException noPcscd) {
                closeQuietly(client); // as pcscd itself would be: not there
            }
        }
    }

    private static void pump(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        try {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException ended) {
            // one side is gone
        }
        closeQuietly(from);
        closeQuietly(to);
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is all that was left
        }
    }

    private static void daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
