/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.apdu.vpcd.VpcdFrames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The Remote Smart Card Reader app in its listen mode, with the simulated card held to the phone:
 * it accepts one connection at a time on a loopback port and answers the vpcd frames (power,
 * ATR, commands) as the app does.
 */
final class ListenModePhone implements AutoCloseable {
    private final ServerSocket server;
    private final VirtualCard card;

    private ListenModePhone(ServerSocket server, VirtualCard card) {
        this.server = server;
        this.card = card;
    }

    static ListenModePhone serving(VirtualCard card) throws IOException {
        ListenModePhone phone = new ListenModePhone(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()), card);
        Thread accepting = new Thread(phone::accept, "listen-mode phone");
        accepting.setDaemon(true);
        accepting.start();
        return phone;
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket bridge = server.accept()) {
                serve(bridge.getInputStream(), bridge.getOutputStream());
            } catch (IOException connectionEnded) {
                // the bridge closed it, or this phone was closed: wait for the next one
            }
        }
    }

    private void serve(InputStream in, OutputStream out) throws IOException {
        for (int length; (length = VpcdFrames.readLength(in)) > 0; ) {
            byte[] frame = VpcdFrames.readPayload(in, length);
            if (frame.length == 1) {
                switch (frame[0]) {
                    case 0x01 -> card.powerOn();
                    case 0x00 -> card.powerOff();
                    case 0x02 -> card.reset();
                    case 0x04 -> out.write(VpcdFrames.frame(card.atr()));
                    default -> throw new IOException("unknown control byte " + frame[0]);
                }
            } else {
                out.write(VpcdFrames.frame(card.process(frame)));
            }
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
