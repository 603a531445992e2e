/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import static dev.mynacard.core.card.TestCards.pin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mynacard.apdu.WrongPinException;
import dev.mynacard.core.card.CardSession;
import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TestCards;
import dev.mynacard.core.cvc.Authenticity.Verdict;
import dev.mynacard.core.cvc.CvcKeys;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.PinService;
import dev.mynacard.core.trust.Check;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextApCheckTest {
    private static TextApReader reader() {
        CardSession session = new CardSession(TestCards.freshDefault());
        return new TextApReader(session, new PinService(session));
    }

    @Test
    void theSimulatedTextApIsGenuineWhenTheSimulatorIsTrusted() throws Exception {
        TextApCheck check = reader().check(pin("1234"), LastTry.REFUSE, CvcKeys.production().withSimulator());
        assertEquals(Verdict.GENUINE, check.authenticity().verdict(), check.authenticity().toString());
        assertEquals("123456789018", check.contents().number().digits());
        assertEquals(List.of("authenticity.ca.trusted", "authenticity.certificate.verifies", "authenticity.signature.verifies", "authenticity.digest.matches",
                "authenticity.digest.matches"), check.authenticity().checks().stream().map(Check::reasonKey).toList());
    }

    @Test
    void andOfUnknownOriginOtherwise() throws Exception {
        TextApCheck check = reader().check(pin("1234"), LastTry.REFUSE, CvcKeys.production());
        assertEquals(Verdict.UNKNOWN_CA_KEY, check.authenticity().verdict());
    }

    @Test
    void aWrongPinReadsNothing() {
        assertThrows(WrongPinException.class, () -> reader().check(pin("9999"), LastTry.ALLOW, CvcKeys.production()));
    }

    @Test
    void theFactsDigestSkipsTheOffsetTable() throws MalformedCardResponseException {
        byte[] record = HexFormat.of().parseHex("ff200edf210400000000df220141df2300");
        assertArrayEquals(HexFormat.of().parseHex("df220141df2300"), TextIntegrity.factsDigestInput(record));
    }
}
