/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.Messages.Text;
import dev.mynacard.cli.output.Json;
import java.nio.file.Path;

/** Where a card is: in a PC/SC reader, held to a phone (NFC bridge), or the simulated card kept in a state file. */
public sealed interface CardSource {
    Text describe();

    ObjectNode json();

    record Reader(String name) implements CardSource {
        @Override
        public Text describe() {
            return new Text("source.reader", name);
        }

        @Override
        public ObjectNode json() {
            return Json.object().put("reader", name);
        }
    }

    /** @param peer the phone's address and port */
    record Phone(String peer) implements CardSource {
        @Override
        public Text describe() {
            return new Text("source.phone", peer);
        }

        @Override
        public ObjectNode json() {
            return Json.object().put("phone", peer);
        }
    }

    record Simulated(Path stateFile) implements CardSource {
        @Override
        public Text describe() {
            return new Text("source.simulated", stateFile.toString());
        }

        @Override
        public ObjectNode json() {
            return Json.object().put("simulated", true).put("stateFile", stateFile.toString());
        }
    }
}
