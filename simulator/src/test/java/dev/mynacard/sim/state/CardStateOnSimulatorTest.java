/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card used through APDUs, saved from its snapshot and loaded again, remembers what happened. */
class CardStateOnSimulatorTest {
    private static final String JPKI_AID = "D392F000260100000001";

    @TempDir
    Path dir;

    @Test
    void aSpentTryAndAChangedPinSurviveSaveAndLoad() throws IOException {
        Path file = dir.resolve("card.json");
        SimulatedCard card = SimulatedCard.load(CardStateFile.loadOrCreateDefault(file));
        try (CardTransport transport = card.transport()) {
            selectAuthPin(transport);
            assertEquals(0x63C2, transport.transmit(verify("9999")).sw());
        }
        CardStateFile.save(file, card.snapshot());

        SimulatedCard reloaded = SimulatedCard.load(CardStateFile.load(file));
        try (CardTransport transport = reloaded.transport()) {
            selectAuthPin(transport);
            assertEquals(0x63C2, transport.transmit(CommandApdu.of(0x00, 0x20, 0x00, 0x80)).sw());
            assertEquals(0x9000, transport.transmit(verify("1234")).sw());
            assertEquals(0x9000, transport.transmit(CommandApdu.of(0x00, 0x24, 0x01, 0x80,
                    "4321".getBytes(StandardCharsets.US_ASCII))).sw());
        }
        CardStateFile.save(file, reloaded.snapshot());

        try (CardTransport transport = SimulatedCard.load(CardStateFile.load(file)).transport()) {
            selectAuthPin(transport);
            assertEquals(0x63C3, transport.transmit(CommandApdu.of(0x00, 0x20, 0x00, 0x80)).sw());
            assertEquals(0x9000, transport.transmit(verify("4321")).sw());
        }
    }

    @Test
    void aFreshCardsSnapshotIsTheIssuedImage() throws IOException {
        Path file = dir.resolve("card.json");
        CardStateFile.save(file, SimulatedCard.load(DefaultCard.image()).snapshot());
        assertEquals(CardImageDump.of(DefaultCard.image()), CardImageDump.of(CardStateFile.load(file)));
    }

    private static void selectAuthPin(CardTransport transport) throws IOException {
        assertEquals(0x9000, transport.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C,
                HexFormat.of().parseHex(JPKI_AID))).sw());
        assertEquals(0x9000, transport.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, new byte[] {0x00, 0x18})).sw());
    }

    private static CommandApdu verify(String pin) {
        return CommandApdu.of(0x00, 0x20, 0x00, 0x80, pin.getBytes(StandardCharsets.US_ASCII));
    }
}
