/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.fuzz;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TlvHeader;
import dev.mynacard.core.card.TokenInfo;
import dev.mynacard.core.cert.CardInfo;
import dev.mynacard.core.cert.JpkiCertificate;
import dev.mynacard.core.text.BasicFourFacts;
import dev.mynacard.core.text.IndividualNumber;
import java.security.cert.CertificateException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The response parsers, fed any bytes: a value or their documented exception, nothing else. */
class ParserFuzzTest {

    @Property(tries = 3000)
    void cardParsersThrowOnlyMalformedResponse(@ForAll @Size(max = 400) byte[] bytes) {
        parse(() -> TokenInfo.parse(bytes));
        parse(() -> CardInfo.parse(bytes));
        parse(() -> IndividualNumber.parseEf(bytes));
        parse(() -> BasicFourFacts.parse(bytes));
        parse(() -> TlvHeader.parse(bytes, 0, bytes.length));
    }

    @Property(tries = 1000)
    void basicFourRecordsWithRandomItems(@ForAll @Size(max = 200) byte[] items) {
        byte[] record = new byte[items.length + 4];
        record[0] = (byte) 0xFF;
        record[1] = 0x20;
        record[2] = (byte) 0x81;
        record[3] = (byte) items.length;
        System.arraycopy(items, 0, record, 4, items.length);
        parse(() -> BasicFourFacts.parse(record));
    }

    @Property(tries = 500)
    void certificateParsingThrowsOnlyCertificateException(@ForAll @Size(max = 600) byte[] bytes) {
        byte[] der = new byte[bytes.length + 4];
        der[0] = 0x30;
        der[1] = (byte) 0x82;
        der[2] = (byte) (bytes.length >> 8);
        der[3] = (byte) bytes.length;
        System.arraycopy(bytes, 0, der, 4, bytes.length);
        try {
            JpkiCertificate.parse(der);
        } catch (CertificateException expected) {
            // documented
        }
    }

    interface Parse {
        Object run() throws MalformedCardResponseException;
    }

    /** Runs a parser, accepting a value or its documented exception. */
    static void parse(Parse parse) {
        try {
            parse.run();
        } catch (MalformedCardResponseException expected) {
            // documented
        }
    }
}
