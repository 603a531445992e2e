/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.sim.card.CardApplication;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.smartcardio.SimulatedCardTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The card variants real cards and tokens show (docs/protocol.md §8, §14), issued and then run on the simulator. */
class CardVariantOnSimulatorTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static IssuedCard defaultCard;

    @BeforeAll
    static void issue() {
        defaultCard = DefaultCard.issue();
    }

    /** The default card plus the settings application a variant asks for (the keys stay those of the default card). */
    private static SimulatedCard withVariant(CardVariant variant) {
        List<Application> applications = new ArrayList<>(defaultCard.image().applications());
        CardLayout.settings(variant).ifPresent(applications::add);
        return SimulatedCard.load(new CardImage(applications));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3BE000FF8131FE4514", "3BDA13FF8131FB468012392F31C173C601C03B",
        "3BC5FF8131FB458073C6010000", "3B8880010000000000718100F9"})
    void everyKnownAtrIsTheCardsAtrAndTheCardStillAnswersItsSelect(String atr) throws Exception {
        SimulatedCard card = withVariant(CardVariant.DEFAULT.withAtr(atr));
        assertEquals(atr, HEX.formatHex(card.atr()));
        try (CardTransport transport = card.transport()) {
            assertEquals(0x9000, select(transport, CardLayout.JPKI_AID));
        }
        CardTerminal terminal = new SimulatedCardTerminal(card);
        Card connected = terminal.connect("T=1");
        assertEquals(atr, HEX.formatHex(connected.getATR().getBytes()));
        connected.disconnect(false);
    }

    @Test
    void theIssuerWritesTheAtrThroughPersonalisationAndTheDefaultCardHasNoSettings() throws Exception {
        String atr = "3BC5FF8131FB458073C6010000";
        IssuedCard issued = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .variant(CardVariant.DEFAULT.withAtr("3b c5 ff 81 31 fb 45 80 73 c6 01 00 00")).build());
        assertEquals(atr, HEX.formatHex(SimulatedCard.load(issued.image()).atr()));
        assertEquals(5, defaultCard.image().applications().size(), "the default image is as before");
        assertEquals("3BE000FF8131FE4514", HEX.formatHex(SimulatedCard.load(defaultCard.image()).atr()));
    }

    @Test
    void theSettingsApplicationIsHiddenOnceLockedAndComesBackInTheSnapshot() throws Exception {
        SimulatedCard card = withVariant(CardVariant.DEFAULT.withAtr("3BC5FF8131FB458073C6010000")
                .withVerifiedQuery(VerifiedPinQuery.ANSWERS_TRIES));
        try (CardTransport transport = card.transport()) {
            assertEquals(0x6A82, select(transport, CardLayout.SETTINGS_AID));
        }
        CardImage snapshot = card.snapshot();
        Application settings = snapshot.applications().stream()
                .filter(a -> Arrays.equals(a.aid(), CardApplication.SETTINGS.aid())).findFirst().orElseThrow();
        assertEquals(2, settings.files().size());
        assertEquals("3BC5FF8131FB458073C6010000", HEX.formatHex(SimulatedCard.load(snapshot).atr()));
    }

    @Test
    void theSettingsAidIsTheOneTheIssuerWrites() {
        assertArrayEquals(HexFormat.of().parseHex(CardLayout.SETTINGS_AID), CardApplication.SETTINGS.aid());
        assertArrayEquals("MYNACARDOS".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOfRange(CardApplication.SETTINGS.aid(), 1, 11));
    }

    @Test
    void aVerifiedPinAnswersTheRetryQueryWith9000ByDefault() throws Exception {
        assertEquals(List.of(0x63C3, 0x9000, 0x63C3), queryVerifyQuery(SimulatedCard.load(defaultCard.image())));
    }

    @Test
    void aVerifiedPinAnswers63CxWithTheFullCountWhenTheCardIsSetSo() throws Exception {
        SimulatedCard card = withVariant(CardVariant.DEFAULT.withVerifiedQuery(VerifiedPinQuery.ANSWERS_TRIES));
        assertEquals(List.of(0x63C3, 0x63C3, 0x63C3), queryVerifyQuery(card));
        try (CardTransport transport = card.transport()) {
            select(transport, CardLayout.TEXT_AID);
            assertEquals(0x63C2, transport.transmit(CommandApdu.of(0x00, 0x20, 0x00, 0x91,
                    "0000".getBytes(StandardCharsets.US_ASCII))).sw(), "a wrong PIN still counts down");
            assertEquals(0x9000, transport.transmit(CommandApdu.of(0x00, 0x20, 0x00, 0x91,
                    "1234".getBytes(StandardCharsets.US_ASCII))).sw());
            assertEquals(0x63C3, transport.transmit(CommandApdu.of(0x00, 0x20, 0x00, 0x91)).sw(),
                    "the counter is full again and the answer says so");
        }
    }

    /** Retry query before VERIFY, after a correct VERIFY, and after selecting the application again. */
    private static List<Integer> queryVerifyQuery(SimulatedCard card) throws IOException {
        try (CardTransport transport = card.transport()) {
            select(transport, CardLayout.JPKI_AID);
            CommandApdu query = CommandApdu.of(0x00, 0x20, 0x00, 0x98);
            int before = transport.transmit(query).sw();
            assertEquals(0x9000, transport.transmit(CommandApdu.of(0x00, 0x20, 0x00, 0x98,
                    "1234".getBytes(StandardCharsets.US_ASCII))).sw());
            int verified = transport.transmit(query).sw();
            select(transport, CardLayout.JPKI_AID);
            return List.of(before, verified, transport.transmit(query).sw());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"CARD", "ANDROID", "IPHONE"})
    void theTokenLabelNamesTheTokenAndAPhoneHasTheJpkiApplicationOnly(String name) throws Exception {
        TokenKind kind = TokenKind.valueOf(name);
        byte[] ef = CardLayout.tokenInfo(kind);
        assertEquals(160, ef.length);
        assertEquals(String.format("%-32s", kind.label()), new String(ef, 0, 32, StandardCharsets.US_ASCII));
        List<String> aids = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                        .variant(CardVariant.DEFAULT.withToken(kind)).build())
                .image().applications().stream().map(a -> HEX.formatHex(a.aid())).toList();
        assertEquals(kind.isCard() ? List.of(CardLayout.JPKI_AID, CardLayout.TEXT_AID, FaceLayout.VISUAL_AID,
                CardLayout.COMMON_AID, CardLayout.JUKI_AID) : List.of(CardLayout.JPKI_AID), aids);
    }

    @Test
    void theImageCarriesTheTokenLabel() {
        IssuedCard phone = Issuer.standard().issue(DefaultCard.profile().toBuilder()
                .variant(CardVariant.DEFAULT.withToken(TokenKind.IPHONE)).build());
        byte[] ef = ImageFiles.get(phone.image(), CardLayout.JPKI_AID, 0x0006, BinaryFile.class).content();
        assertTrue(new String(ef, StandardCharsets.US_ASCII).startsWith("JPKIAPIOSTOKEN "));
    }

    @Test
    void badAtrsAndOptionNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CardVariant.DEFAULT.withAtr("3BZZ"));
        assertThrows(IllegalArgumentException.class, () -> CardVariant.DEFAULT.withAtr("3B"));
        assertThrows(IllegalArgumentException.class, () -> CardVariant.DEFAULT.withAtr("00E000FF8131FE4514"));
        assertThrows(IllegalArgumentException.class, () -> CardVariant.DEFAULT.withAtr("3B" + "00".repeat(33)));
        assertEquals(VerifiedPinQuery.ANSWERS_TRIES, VerifiedPinQuery.ofOptionName("63CX").orElseThrow());
        assertTrue(VerifiedPinQuery.ofOptionName("6300").isEmpty());
        assertEquals(TokenKind.IPHONE, TokenKind.ofOptionName("iphone").orElseThrow());
        assertTrue(TokenKind.ofOptionName("JPKIAPIOSTOKEN").isEmpty());
    }

    private static int select(CardTransport transport, String aid) throws IOException {
        return transport.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, HexFormat.of().parseHex(aid))).sw();
    }
}
