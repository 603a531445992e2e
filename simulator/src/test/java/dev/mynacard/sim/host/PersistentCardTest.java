/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.state.CardStateFile;
import dev.mynacard.sim.state.CorruptCardStateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersistentCardTest {
    private static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    private static final String AUTH_QUERY = "00200098";
    private static final String WRONG_AUTH_PIN = "002000980439393939";

    private static IssuedCard issued;

    @TempDir
    Path dir;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void issue() {
        issued = DefaultCard.issue();
    }

    private Path stateFile() {
        return dir.resolve("card.json");
    }

    private PersistentCard open() throws IOException {
        return PersistentCard.open(stateFile(), issued::image, warnings::add);
    }

    private static int sw(PersistentCard card, String hex) {
        return new ResponseApdu(card.process(HexFormat.of().parseHex(hex))).sw();
    }

    /** The tries left on the auth PIN of the card the state file holds now. */
    private int savedAuthTries() throws IOException {
        SimulatedCard saved = SimulatedCard.load(CardStateFile.load(stateFile()));
        saved.process(HexFormat.of().parseHex(SELECT_JPKI));
        return new ResponseApdu(saved.process(HexFormat.of().parseHex(AUTH_QUERY))).sw() & 0x0F;
    }

    @Test
    void aMissingStateFileIsCreatedWithTheGivenCard() throws IOException {
        PersistentCard card = open();

        assertTrue(Files.isRegularFile(stateFile()));
        assertEquals(3, savedAuthTries());
        assertEquals(stateFile(), card.stateFile());
        assertArrayEquals(HexFormat.of().parseHex("3BE000FF8131FE4514"), card.atr());
    }

    @Test
    void aWrongPinIsInTheStateFileWhenItsAnswerLeaves() throws IOException {
        PersistentCard card = open();
        sw(card, SELECT_JPKI);

        assertEquals(0x63C2, sw(card, WRONG_AUTH_PIN));

        assertEquals(2, savedAuthTries());
        PersistentCard reopened = PersistentCard.open(stateFile(), () -> {
            throw new AssertionError("the state file exists, nothing is to be created");
        }, warnings::add);
        sw(reopened, SELECT_JPKI);
        assertEquals(0x63C2, sw(reopened, AUTH_QUERY));
        assertEquals(List.of(), warnings);
    }

    @Test
    void readsAndRetryQueriesLeaveTheFileAlone() throws IOException {
        PersistentCard card = open();
        Files.delete(stateFile());

        assertEquals(0x9000, sw(card, SELECT_JPKI));
        assertEquals(0x9000, sw(card, "00A4020C02000A"));
        assertEquals(0x9000, sw(card, "00B0000004"));
        assertEquals(0x63C3, sw(card, AUTH_QUERY));
        assertEquals(0x6D00, sw(card, "00CA000000"));

        assertFalse(Files.exists(stateFile()));
        assertEquals(0x63C2, sw(card, WRONG_AUTH_PIN));
        assertEquals(2, savedAuthTries());
    }

    @Test
    void aFailedSaveIsReportedAndTheCardGoesOn() throws IOException {
        PersistentCard card = open();
        Files.delete(stateFile());
        Files.createDirectory(stateFile());
        sw(card, SELECT_JPKI);

        assertEquals(0x63C2, sw(card, WRONG_AUTH_PIN));

        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("could not save the card state to " + stateFile()), warnings.get(0));
        assertEquals(0x63C2, sw(card, AUTH_QUERY));
    }

    @Test
    void aDamagedStateFileIsRefusedAndLeftAsItIs() throws IOException {
        Files.writeString(stateFile(), "{\"format\":");

        CorruptCardStateException e = assertThrows(CorruptCardStateException.class, this::open);

        assertTrue(e.getMessage().contains(stateFile().toString()), e.getMessage());
        assertEquals("{\"format\":", Files.readString(stateFile()));
    }

    @Test
    void twoCardsOnOneFileCountEachOthersTriesAndKeepTheirSessions() throws IOException {
        PersistentCard first = open();
        PersistentCard second = open();
        sw(first, SELECT_JPKI);
        sw(second, SELECT_JPKI);

        assertEquals(0x63C2, sw(first, WRONG_AUTH_PIN));
        assertEquals(0x63C1, sw(second, WRONG_AUTH_PIN), "the first card's try is counted too");
        assertEquals(0x63C1, sw(first, AUTH_QUERY), "caught up, still in the JPKI application");

        assertEquals(1, savedAuthTries());
        first.save();
        assertEquals(1, savedAuthTries(), "a later save of the first card does not bring the try back");
        assertEquals(List.of(), warnings);
    }

    @Test
    void aDifferentCardInTheFileReplacesThisOneAsASwappedCardWould() throws IOException {
        PersistentCard card = open();
        SimulatedCard before = card.card();
        sw(card, SELECT_JPKI);
        CardImage jpkiOnly = new CardImage(issued.image().applications().stream()
                .filter(a -> HexFormat.of().formatHex(a.aid()).equalsIgnoreCase(SELECT_JPKI.substring(10))).toList());
        CardStateFile.save(stateFile(), jpkiOnly);

        assertNotEquals(0x63C3, sw(card, AUTH_QUERY), "a new card: no application selected");
        assertNotSame(before, card.card());
        assertEquals(0x9000, sw(card, SELECT_JPKI));
        assertEquals(0x63C2, sw(card, WRONG_AUTH_PIN));
        assertEquals(1, CardStateFile.load(stateFile()).applications().size(), "the new card was saved, not the old one");
    }

    @Test
    void aStateFileAnotherProgramDamagedIsLeftAsItIsAndTheCardGoesOn() throws IOException {
        PersistentCard card = open();
        sw(card, SELECT_JPKI);
        Files.writeString(stateFile(), "{\"format\":");

        assertEquals(0x63C3, sw(card, AUTH_QUERY));
        assertEquals(0x63C2, sw(card, WRONG_AUTH_PIN));

        assertEquals("{\"format\":", Files.readString(stateFile()));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("is not valid JSON"), warnings.get(0));
        assertTrue(warnings.get(1).contains("was changed by another program"), warnings.get(1));
    }

    @ParameterizedTest
    @CsvSource({
        "00200098, false",               // retry query
        "0020009800, false",             // retry query with Le (6700)
        "002000980431323334, true",      // VERIFY
        "002401980431323334, true",      // CHANGE REFERENCE DATA
        "803200800431323334, true",      // CHANGE KEY (住基 PIN)
        "00E2001A0431323334, true",      // personalisation: SET PIN VALUE
        "00A4040C0AD392F000260100000001, false",
        "00B0000000, false",
        "00B2010400, false",
        "802A00970401020304, false",     // a signature changes nothing persistent
        "00CA0000, false",
    })
    void savesAfterEveryCommandThatCanChangeTheCard(String command, boolean saves) {
        assertEquals(saves, PersistentCard.canChangeState(HexFormat.of().parseHex(command)));
    }
}
