/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.card;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.NotFoundException;
import dev.mynacard.apdu.PinBlockedException;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.cert.CertificateFlags;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.core.pin.PinStatus;
import dev.mynacard.sim.issue.CardVariant;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.TokenKind;
import dev.mynacard.sim.issue.VerifiedPinQuery;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The card and token variants of real cards (docs/protocol.md §8, §14), each on a simulated card
 * issued that way, or where the simulator has no switch for it, on a card whose answer a test
 * transport replaces.
 */
class CardVariantsTest {
    private static final int VERIFY = 0x20;

    /**
     * The three contact ATRs seen on real cards and a contactless reader's synthesised one: the
     * transport reports each (as a PC/SC reader would), and the client, which identifies the card
     * by SELECT, opens every one. This is the test that proves the client ignores the ATR.
     */
    @ParameterizedTest
    @ValueSource(strings = {"3BE000FF8131FE4514", "3BDA13FF8131FB468012392F31C173C601C03B",
        "3BC5FF8131FB458073C6010000", "3B8880010000000000718100F9"})
    void everyAtrSeenOnRealCardsOpens(String atr) throws Exception {
        IssuedCard issued = TestCards.variant(p -> p.variant(CardVariant.DEFAULT.withAtr(atr)));
        CountingTransport wire = TestCards.counting(TestCards.load(issued).transport());
        try (MyNumberCard card = MyNumberCard.open(wire)) {
            assertArrayEquals(HexFormat.of().parseHex(atr), card.session().atr());
            assertEquals(CardKind.MY_NUMBER_CARD, card.tokenInfo().kind());
            assertEquals(List.of("00 A4 04 0C", "00 B0 86 00"), wire.headers(), "SELECT and the token label only");
        }
    }

    @ParameterizedTest
    @EnumSource(VerifiedPinQuery.class)
    void aVerifiedPinReadsRightWhateverTheCardAnswers(VerifiedPinQuery answer) throws Exception {
        IssuedCard issued = TestCards.variant(p -> p.variant(CardVariant.DEFAULT.withVerifiedQuery(answer)));
        CountingTransport wire = TestCards.counting(TestCards.load(issued).transport());
        CardSession session = new CardSession(wire);
        PinService pins = new PinService(session);
        session.exclusive(() -> {
            pins.verify(PinKind.AUTH, pin("1234"), LastTry.REFUSE);
            PinStatus status = pins.status(PinKind.AUTH);
            assertEquals(3, status.remaining());
            assertEquals(answer == VerifiedPinQuery.ANSWERS_9000 ? PinStatus.State.VERIFIED : PinStatus.State.OK,
                    status.state());
            pins.verify(PinKind.AUTH, pin("1234"), LastTry.REFUSE);
            return null;
        });
        assertEquals(2, wire.countWithData(VERIFY), "the guard let the verified PIN through again");
    }

    @Test
    void noRetryLimitIsReportedAndDoesNotStopTheGuard() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        FaultTransport noLimit = new FaultTransport(wire, emptyVerify(0x98), 1, (command, card) -> sw(0x6300));
        PinService pins = new PinService(new CardSession(noLimit));
        PinStatus status = pins.status(PinKind.AUTH);
        assertEquals(PinStatus.State.NO_LIMIT, status.state());
        assertEquals(PinStatus.Reading.NO_LIMIT, status.reading());

        FaultTransport guarded = new FaultTransport(wire, emptyVerify(0x98), 1, (command, card) -> sw(0x6300));
        new PinService(new CardSession(guarded)).verify(PinKind.AUTH, pin("1234"), LastTry.REFUSE);
        assertEquals(1, wire.countWithData(VERIFY));
    }

    @Test
    void aPinRefusedWith6300IsAWrongPinWithoutACountAndIsNotSentAgain() throws Exception {
        CountingTransport sent = TestCards.counting(new FaultTransport(TestCards.freshDefault(),
                FaultTransport.commandWithData(0x00, VERIFY), 1, (command, card) -> sw(0x6300)));
        PinService pins = new PinService(new CardSession(sent));
        WrongPinException refused = assertThrows(WrongPinException.class,
                () -> pins.verify(PinKind.AUTH, pin("1234"), LastTry.REFUSE));
        assertEquals(OptionalInt.empty(), refused.triesLeft());
        assertEquals(0x6300, refused.sw());
        assertEquals(1, sent.countWithData(VERIFY));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x6984, 0x6983, 0x63C0})
    void blockedIsReportedAndNothingIsSent(int blocked) throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        PinService pins = new PinService(new CardSession(
                new FaultTransport(wire, emptyVerify(0x9B), 1, (command, card) -> sw(blocked))));
        PinStatus status = pins.status(PinKind.SIGN);
        assertEquals(PinStatus.State.BLOCKED, status.state());
        assertEquals(0, status.remaining());
        PinService again = new PinService(new CardSession(
                new FaultTransport(wire, emptyVerify(0x9B), 1, (command, card) -> sw(blocked))));
        assertThrows(PinBlockedException.class, () -> again.verify(PinKind.SIGN, pin("ABC123"), LastTry.REFUSE));
        assertEquals(0, wire.countWithData(VERIFY));
    }

    @ParameterizedTest
    @EnumSource(value = TokenKind.class, names = {"ANDROID", "IPHONE"})
    void aPhonesJpkiOpensAndHasTheJpkiPinsOnly(TokenKind token) throws Exception {
        IssuedCard issued = TestCards.variant(p -> p.variant(CardVariant.DEFAULT.withToken(token)));
        try (MyNumberCard card = MyNumberCard.open(TestCards.load(issued).transport())) {
            assertEquals(token == TokenKind.ANDROID ? CardKind.ANDROID : CardKind.IOS, card.tokenInfo().kind());
            assertTrue(card.tokenInfo().kind().isPhone());
            assertEquals(List.of(PinKind.AUTH, PinKind.SIGN),
                    card.pins().statusAll().stream().map(PinStatus::kind).toList());
            assertEquals(issued.authCertificate(), card.certificates().read(CertificateSlot.AUTH).x509());
            assertThrows(NotFoundException.class, card::cardInfo);
        }
    }

    @Test
    void certificateFlagsSayWhetherTheSigningCertificateExists() throws Exception {
        try (MyNumberCard card = MyNumberCard.open(TestCards.load(TestCards.defaultCard()).transport())) {
            assertEquals(new CertificateFlags(true, true), CertificateFlags.read(card.session()));
        }
        IssuedCard minor = TestCards.variant(p -> p.signCertificate(false).birthDate(java.time.LocalDate.of(2015, 1, 1)));
        try (MyNumberCard card = MyNumberCard.open(TestCards.load(minor).transport())) {
            assertEquals(new CertificateFlags(true, false), CertificateFlags.read(card.session()));
        }
        assertEquals(new CertificateFlags(false, false), CertificateFlags.parse(new byte[] {0, 0, 0, (byte) 0x8F}));
        CardSession withoutEf = new CardSession(new FaultTransport(TestCards.freshDefault(),
                c -> c.length >= 4 && c[1] == (byte) 0xB0 && c[2] == (byte) 0x88, 1, (command, card) -> sw(0x6A82)));
        assertEquals(java.util.Optional.empty(), CertificateFlags.readIfPresent(withoutEf));
        assertThrows(MalformedCardResponseException.class, () -> CertificateFlags.parse(new byte[] {(byte) 0x8F, 0}));
    }

    private static java.util.function.Predicate<byte[]> emptyVerify(int p2) {
        return c -> c.length == 4 && c[1] == VERIFY && (c[3] & 0xFF) == p2;
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }
}
