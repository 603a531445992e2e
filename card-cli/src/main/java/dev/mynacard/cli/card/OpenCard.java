/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import dev.mynacard.cli.output.Output;
import dev.mynacard.core.card.MyNumberCard;
import java.io.IOException;

/** A detected My Number Card and where it is; closing it closes the connection to the card. */
public record OpenCard(MyNumberCard card, CardSource source) implements AutoCloseable {
    /**
     * Says on stderr that the card is about to sign: always for a phone (a signature over NFC takes
     * seconds and the card must stay on the phone), for a reader when stderr is a terminal.
     */
    public void announceSignature(Output output, boolean stderrIsTerminal) {
        if (source instanceof CardSource.Phone) {
            output.note("progress.signing-phone");
        } else if (source instanceof CardSource.Reader && stderrIsTerminal) {
            output.note("progress.signing-reader");
        }
    }

    @Override
    public void close() throws IOException {
        card.close();
    }
}
