/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApduHeaderLogTest {
    private static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    private static final String AUTH_QUERY = "00200098";
    private static final String WRONG_AUTH_PIN = "002000980439393939";

    private static CardImage image;

    @TempDir
    Path dir;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void issue() {
        image = DefaultCard.image();
    }

    private Path file() {
        return dir.resolve("apdus.log");
    }

    private ApduHeaderLog open() throws IOException {
        return ApduHeaderLog.open(SimulatedCard.load(image), file(), warnings::add);
    }

    private static String send(ApduHeaderLog card, String hex) {
        return HexFormat.of().withUpperCase().toHexDigits((short) new ResponseApdu(card.process(HexFormat.of().parseHex(hex))).sw());
    }

    @Test
    void eachCommandAddsItsHeaderOnlyAndTheCardStillAnswers() throws IOException {
        try (ApduHeaderLog card = open()) {
            assertEquals("9000", send(card, SELECT_JPKI));
            assertEquals("63C3", send(card, AUTH_QUERY));
            assertEquals("63C2", send(card, WRONG_AUTH_PIN));
        }

        assertEquals("00 A4 04 0C\n00 20 00 98\n00 20 00 98\n", Files.readString(file()), "no lengths, no AID, no PIN");
        assertEquals(List.of(), warnings);
    }

    @Test
    void appendsToTheFileAndKeepsCountingAfterItIsEmptiedFromOutside() throws IOException {
        Files.writeString(file(), "earlier\n");
        try (ApduHeaderLog card = open()) {
            send(card, SELECT_JPKI);
            assertEquals("earlier\n00 A4 04 0C\n", Files.readString(file()));

            Files.writeString(file(), "");
            send(card, AUTH_QUERY);

            assertEquals("00 20 00 98\n", Files.readString(file()));
        }
    }

    @Test
    void aFailedAppendIsReportedOnceWhileTheCardKeepsAnswering() throws IOException {
        ApduHeaderLog card = open();
        card.close();

        assertEquals("9000", send(card, SELECT_JPKI));
        assertEquals("63C3", send(card, AUTH_QUERY));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("could not append to the APDU header log " + file() + ": "), warnings.get(0));
        assertEquals("", Files.readString(file()));
    }
}
