/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.SecurityStatusException;
import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.CountingTransport;
import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cert.Era;
import dev.mynacard.core.cert.Sex;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.sim.issue.IssuedCard;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TextApReaderTest {
    private static TextApReader reader(CountingTransport wire) {
        CardSession session = new CardSession(wire);
        return new TextApReader(session, new PinService(session));
    }

    @Test
    void withTheTextPin() throws Exception {
        CountingTransport wire = TestCards.freshDefault();
        TextApContents contents = reader(wire).read(pin("1234"), LastTry.REFUSE);
        assertEquals("123456789018", contents.number().digits());
        assertTrue(contents.number().checkDigitValid());
        BasicFourFacts facts = contents.facts();
        assertEquals("山田　太郎", facts.name());
        assertEquals("茨城県つくば市研究学園９丁目９番地９", facts.address());
        assertEquals(LocalDate.of(1980, 5, 5), facts.birthDate().date());
        assertEquals(Era.SHOWA, facts.birthDate().era());
        assertEquals("昭和55年5月5日", facts.birthDate().wareki());
        assertEquals(Sex.MALE, facts.sex());
        assertEquals(List.of("00 A4 04 0C", "00 20 00 91", "00 20 00 91", "00 B0 81 00", "00 B0 82 00"), wire.headers());
    }

    @Test
    void withoutExtendedLength() throws Exception {
        CountingTransport wire = TestCards.freshDefault().shortOnly();
        TextApContents contents = reader(wire).read(pin("1234"), LastTry.ALLOW);
        assertEquals("山田　太郎", contents.facts().name());
        assertEquals(4, wire.count(), "the record is shorter than 256 bytes: " + wire.headers());
    }

    @Test
    void verificationNumbersOpenOneEfEach() throws Exception {
        IssuedCard card = TestCards.defaultCard();
        CountingTransport wire = new CountingTransport(TestCards.load(card).transport());
        CardSession session = new CardSession(wire);
        TextApReader reader = new TextApReader(session, new PinService(session));
        assertEquals("123456789018", reader.readNumber(pin("123456789018"), LastTry.REFUSE).digits());
        assertEquals("55050520355678", card.facts().verificationNumberB());
        assertEquals("山田　太郎", reader.readFacts(pin("55050520355678"), LastTry.REFUSE).name());
        assertThrows(SecurityStatusException.class, () -> session.exclusive(() -> {
            new PinService(session).verify(VerificationNumber.A, pin("123456789018"), LastTry.REFUSE);
            return session.readEf(MynaApplication.TEXT, BasicFourFacts.EF, 16);
        }), "照合番号A does not open the basic 4 facts");
        WrongPinException wrong = assertThrows(WrongPinException.class,
                () -> reader.readFacts(pin("55050520350000"), LastTry.REFUSE));
        assertEquals(OptionalInt.of(9), wrong.triesLeft());
    }

    @Test
    void anInvalidNumberIsReportedNotHidden() throws Exception {
        IssuedCard card = TestCards.variant(p -> p.myNumber("123456789010").invalidMyNumberAllowed(true));
        TextApContents contents = reader(new CountingTransport(TestCards.load(card).transport()))
                .read(pin("1234"), LastTry.REFUSE);
        assertEquals("123456789010", contents.number().digits());
        assertFalse(contents.number().checkDigitValid());
    }

    @Test
    void aWrongTextPin() {
        CountingTransport wire = TestCards.freshDefault();
        assertEquals(OptionalInt.of(2), assertThrows(WrongPinException.class, () -> reader(wire).read(pin("4321"), LastTry.REFUSE)).triesLeft());
        assertEquals(0, wire.count(0xB0));
    }
}
