/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Picks one reader from a list by what a user typed: the exact name, the name ignoring case, a
 * 0-based index, or a case-insensitive part of the name that only one reader has. Without a
 * selector: the first reader holding a card, else the first reader.
 */
final class ReaderSelection {
    private ReaderSelection() {
    }

    static PcscReader select(List<PcscReader> readers, String selector) throws TransportException {
        if (readers.isEmpty()) {
            throw new TransportException(Reason.NO_READER, "No smart-card reader is connected");
        }
        if (selector == null || selector.isBlank()) {
            return readers.stream().filter(PcscReader::cardPresent).findFirst().orElse(readers.get(0));
        }
        for (PcscReader r : readers) {
            if (r.name().equals(selector)) {
                return r;
            }
        }
        List<PcscReader> sameIgnoringCase = readers.stream()
                .filter(r -> r.name().equalsIgnoreCase(selector)).toList();
        if (sameIgnoringCase.size() == 1) {
            return sameIgnoringCase.get(0);
        }
        if (selector.chars().allMatch(Character::isDigit)) {
            return byIndex(readers, selector);
        }
        String part = selector.toLowerCase(Locale.ROOT);
        List<PcscReader> matches = readers.stream()
                .filter(r -> r.name().toLowerCase(Locale.ROOT).contains(part)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new TransportException(Reason.READER_NOT_FOUND,
                    "No reader name contains '" + selector + "'; readers: " + names(readers));
        }
        throw new TransportException(Reason.READER_NOT_FOUND, "'" + selector + "' matches " + matches.size()
                + " readers, give more of the name or an index: " + names(matches));
    }

    private static PcscReader byIndex(List<PcscReader> readers, String selector) throws TransportException {
        int index;
        try {
            index = Integer.parseInt(selector);
        } catch (NumberFormatException tooLong) {
            index = -1;
        }
        if (index < 0 || index >= readers.size()) {
            throw new TransportException(Reason.READER_NOT_FOUND, "There is no reader number " + selector
                    + "; readers (numbered from 0): " + names(readers));
        }
        return readers.get(index);
    }

    private static String names(List<PcscReader> readers) {
        return readers.stream().map(r -> r.index() + " '" + r.name() + "'").collect(Collectors.joining(", "));
    }
}
