/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import dev.mynacard.apdu.vpcd.ForwardingVirtualCard;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A phone process for a test to kill: it holds the simulated card of a state file to the bridge
 * on 127.0.0.1:PORT, lets the card process the first VERIFY that carries a PIN (the card saves
 * its state before it answers), prints {@code STALLED} and never answers it.
 *
 * <p>{@code java … StallingPhone STATE_FILE PORT}
 */
public final class StallingPhone {
    static final String STALLED = "STALLED";

    private StallingPhone() {
    }

    public static void main(String[] args) throws IOException {
        PersistentCard card = PersistentCard.open(Path.of(args[0]), DefaultCard::image, System.err::println);
        new VpcdConnector(new ForwardingVirtualCard(card) {
            @Override
            public byte[] process(byte[] apdu) {
                byte[] response = inner.process(apdu);
                if ((apdu[1] & 0xFF) == 0x20 && apdu.length > 5) {
                    System.out.println(STALLED);
                    System.out.flush();
                    while (true) {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            // only the kill ends it
                        }
                    }
                }
                return response;
            }
        }, VpcdOptions.defaults().withAddress("127.0.0.1", Integer.parseInt(args[1]))).serve();
    }
}
