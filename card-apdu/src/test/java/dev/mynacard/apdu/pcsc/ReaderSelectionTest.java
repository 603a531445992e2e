/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderSelectionTest {
    private static final List<PcscReader> READERS = List.of(
            new PcscReader(0, "ACS ACR39U ICC Reader 00 00", false),
            new PcscReader(1, "Virtual PCD 00 00", true),
            new PcscReader(2, "Virtual PCD 00 01", false),
            new PcscReader(3, "SONY FeliCa Port/PaSoRi 4.0 (0123) 01 00", false));

    private static String select(String selector) throws TransportException {
        return ReaderSelection.select(READERS, selector).name();
    }

    private static TransportException failure(String selector) {
        return assertThrows(TransportException.class, () -> ReaderSelection.select(READERS, selector));
    }

    @Test
    void exactNameWins() throws Exception {
        assertEquals("Virtual PCD 00 01", select("Virtual PCD 00 01"));
    }

    @Test
    void nameInAnotherCase() throws Exception {
        assertEquals("Virtual PCD 00 01", select("virtual pcd 00 01"));
    }

    @Test
    void indexFromZero() throws Exception {
        assertEquals("ACS ACR39U ICC Reader 00 00", select("0"));
        assertEquals("SONY FeliCa Port/PaSoRi 4.0 (0123) 01 00", select("3"));
    }

    @Test
    void uniqueSubstringIgnoringCase() throws Exception {
        assertEquals("SONY FeliCa Port/PaSoRi 4.0 (0123) 01 00", select("pasori"));
        assertEquals("ACS ACR39U ICC Reader 00 00", select("acr39"));
    }

    @Test
    void ambiguousSubstringListsTheMatches() {
        TransportException e = failure("virtual");

        assertEquals(Reason.READER_NOT_FOUND, e.reason());
        assertEquals("'virtual' matches 2 readers, give more of the name or an index: "
                + "1 'Virtual PCD 00 00', 2 'Virtual PCD 00 01'", e.getMessage());
    }

    @Test
    void unknownNameListsAllReaders() {
        TransportException e = failure("gemalto");

        assertEquals(Reason.READER_NOT_FOUND, e.reason());
        assertTrue(e.getMessage().startsWith("No reader name contains 'gemalto'; readers: 0 'ACS"), e.getMessage());
    }

    @Test
    void indexOutOfRange() {
        assertEquals(Reason.READER_NOT_FOUND, failure("4").reason());
        assertEquals(Reason.READER_NOT_FOUND, failure("99999999999999999999").reason());
    }

    @Test
    void withoutSelectorTheFirstReaderWithACard() throws Exception {
        assertEquals("Virtual PCD 00 00", select(null));
        assertEquals("Virtual PCD 00 00", select(" "));
    }

    @Test
    void withoutSelectorAndWithoutCardsTheFirstReader() throws Exception {
        List<PcscReader> empty = List.of(new PcscReader(0, "A", false), new PcscReader(1, "B", false));

        assertEquals("A", ReaderSelection.select(empty, null).name());
    }

    @Test
    void noReadersAtAll() {
        TransportException e = assertThrows(TransportException.class, () -> ReaderSelection.select(List.of(), "x"));

        assertEquals(Reason.NO_READER, e.reason());
    }
}
