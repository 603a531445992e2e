/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.MyNumberCard;
import dev.mynacard.core.cert.CertificateSlot;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinStatus;
import dev.mynacard.sim.card.SimulatedCard;
import dev.mynacard.sim.issue.HolderProfile;
import dev.mynacard.sim.issue.IssuedCard;
import dev.mynacard.sim.issue.TokenKind;
import dev.mynacard.sim.issue.VerifiedPinQuery;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatedCardExtension.class)
class SimulatedCardExtensionTest {
    private static final List<SimulatedCard> CARDS_SEEN = new ArrayList<>();
    private static final List<IssuedCard> ISSUES_SEEN = new ArrayList<>();

    @Test
    void readsPins(MyNumberCard card) throws Exception {
        assertEquals(4, card.pins().statusAll().size());
    }

    @Test
    void everyParameterOfOneTestIsTheSameCard(MyNumberCard card, CardTransport transport, SimulatedCard simulated)
            throws Exception {
        assertThrows(WrongPinException.class,
                () -> card.pins().verify(PinKind.AUTH, Pin.of("9999".toCharArray()), LastTry.REFUSE));
        // A second session on the transport, and one on the simulated card, see the spent try.
        try (MyNumberCard again = MyNumberCard.open(transport)) {
            assertEquals(2, again.pins().status(PinKind.AUTH).remaining());
        }
        try (MyNumberCard third = MyNumberCard.open(simulated.transport())) {
            assertEquals(2, third.pins().status(PinKind.AUTH).remaining());
        }
    }

    @Test
    void theDefaultCardIsTheSimulatorsDefaultHolder(IssuedCard issued, MyNumberCard card) throws Exception {
        assertEquals("山田　太郎", issued.profile().name());
        assertEquals(issued.authCertificate(), card.certificates().read(CertificateSlot.AUTH).x509());
    }

    @Test
    @CardProfile(authTries = 1, signTries = 2, textTries = 0)
    void pinStatesComeFromTheProfile(MyNumberCard card) throws Exception {
        assertEquals(1, card.pins().status(PinKind.AUTH).remaining());
        assertEquals(2, card.pins().status(PinKind.SIGN).remaining());
        assertEquals(PinStatus.State.BLOCKED, card.pins().status(PinKind.TEXT).state());
        assertEquals(3, card.pins().status(PinKind.JUKI).remaining());
    }

    @Test
    @CardProfile(signCertificate = false)
    void aCardWithoutSigningCertificate(MyNumberCard card, IssuedCard issued) throws Exception {
        assertTrue(issued.signCertificate().isEmpty());
        assertTrue(card.certificates().readSign(Pin.of("ABC123".toCharArray()), LastTry.REFUSE).isEmpty());
    }

    @Test
    @CardProfile(expiredCertificates = true)
    void expiredCertificates(MyNumberCard card) throws Exception {
        Instant notAfter = card.certificates().read(CertificateSlot.AUTH).notAfter();
        assertTrue(notAfter.isBefore(Instant.now()), "the auth certificate ran until " + notAfter);
    }

    @Test
    @CardProfile(atr = "3B DA 13 FF 81 31 FB 46 80 12 39 2F 31 C1 73 C6 01 C0 3B",
            verifiedQuery = VerifiedPinQuery.ANSWERS_TRIES)
    void aCardVariant(CardTransport transport, MyNumberCard card) throws Exception {
        assertEquals("3BDA13FF8131FB468012392F31C173C601C03B", HexFormat.of().withUpperCase().formatHex(transport.atr()));
        card.pins().verify(PinKind.AUTH, Pin.of("1234".toCharArray()), LastTry.REFUSE);
        PinStatus verified = card.pins().status(PinKind.AUTH);
        assertEquals(3, verified.remaining(), "a card of this kind answers 63C3 for a verified PIN");
        assertEquals(PinStatus.State.OK, verified.state());
    }

    @Test
    @CardProfile(token = TokenKind.ANDROID)
    void aPhonesJpki(MyNumberCard card) throws Exception {
        assertTrue(card.tokenInfo().kind().isPhone(), card.tokenInfo().toString());
    }

    @Test
    @CardProfile(profile = Renamed.class)
    void anyProfileChange(IssuedCard issued, MyNumberCard card) throws Exception {
        assertEquals("佐藤　花子", issued.profile().name());
        assertTrue(card.certificates().read(CertificateSlot.AUTH).x509().getSubjectX500Principal().getName()
                .length() > 0);
    }

    @Test
    void aProfileChangeWithoutUsableConstructorIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IssuedCards.profile(Unusable.class.getAnnotation(CardProfile.class)));
        assertTrue(e.getMessage().contains(NeedsArgument.class.getName()), e.getMessage());
    }

    public static final class Renamed implements ProfileChange {
        @Override
        public HolderProfile.Builder apply(HolderProfile.Builder profile) {
            return profile.name("佐藤　花子");
        }
    }

    @CardProfile(profile = NeedsArgument.class)
    private static final class Unusable {
    }

    public static final class NeedsArgument implements ProfileChange {
        public NeedsArgument(String unused) {
        }

        @Override
        public HolderProfile.Builder apply(HolderProfile.Builder profile) {
            return profile;
        }
    }

    /** Two tests in order: the first spends a try, the second still finds the counter full. */
    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class EachTestGetsAFreshCard {
        @Test
        @Order(1)
        void spendsATry(MyNumberCard card, SimulatedCard simulated, IssuedCard issued) {
            assertThrows(WrongPinException.class,
                    () -> card.pins().verify(PinKind.AUTH, Pin.of("9999".toCharArray()), LastTry.REFUSE));
            CARDS_SEEN.add(simulated);
            ISSUES_SEEN.add(issued);
        }

        @Test
        @Order(2)
        void findsTheCounterFull(MyNumberCard card, SimulatedCard simulated, IssuedCard issued) throws Exception {
            assertEquals(3, card.pins().status(PinKind.AUTH).remaining());
            CARDS_SEEN.add(simulated);
            ISSUES_SEEN.add(issued);
        }
    }

    @AfterAll
    static void cardsWereFreshButIssuedOnce() {
        assertEquals(2, CARDS_SEEN.size());
        assertNotSame(CARDS_SEEN.get(0), CARDS_SEEN.get(1));
        assertSame(ISSUES_SEEN.get(0), ISSUES_SEEN.get(1));
    }
}
