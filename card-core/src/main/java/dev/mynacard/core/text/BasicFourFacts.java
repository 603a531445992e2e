/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.text;

import dev.mynacard.core.card.MalformedCardResponseException;
import dev.mynacard.core.card.TlvHeader;
import dev.mynacard.core.cert.JapaneseDate;
import dev.mynacard.core.cert.Sex;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * 基本4情報 from text AP EF 0002: {@code FF20 { DF21 offsets, DF22 name, DF23 address, DF24 birth
 * date YYYYMMDD, DF25 sex 1/2/9 }} (docs/protocol.md §2). The name has U+3000 between family and
 * given name; the address uses full-width digits, as printed on the card.
 */
public record BasicFourFacts(String name, String address, JapaneseDate birthDate, Sex sex) {
    public static final int EF = 0x0002;
    private static final int RECORD_TAG = 0xFF20;
    private static final int NAME = 0xDF22;
    private static final int ADDRESS = 0xDF23;
    private static final int BIRTH_DATE = 0xDF24;
    private static final int SEX = 0xDF25;

    /** Parses the {@code FF20} object (its exact bytes, as {@code CardSession.readObject} returns). */
    public static BasicFourFacts parse(byte[] object) throws MalformedCardResponseException {
        TlvHeader record = TlvHeader.parse(object, 0, object.length);
        if (record.tag() != RECORD_TAG || record.end() != object.length) {
            throw new MalformedCardResponseException("text AP EF 0002 is not one FF20 object");
        }
        Map<Integer, byte[]> items = new HashMap<>();
        for (TlvHeader item : TlvHeader.children(object, record)) {
            if (items.put(item.tag(), item.value(object)) != null) {
                throw new MalformedCardResponseException(String.format("text AP EF 0002 repeats tag %X", item.tag()));
            }
        }
        return new BasicFourFacts(
                utf8(required(items, NAME)),
                utf8(required(items, ADDRESS)),
                date(required(items, BIRTH_DATE), "the birth date of text AP EF 0002"),
                sex(required(items, SEX), "text AP EF 0002"));
    }

    private static byte[] required(Map<Integer, byte[]> items, int tag) throws MalformedCardResponseException {
        byte[] value = items.get(tag);
        if (value == null) {
            throw new MalformedCardResponseException(String.format("text AP EF 0002 has no %X item", tag));
        }
        return value;
    }

    private static String utf8(byte[] value) throws MalformedCardResponseException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedCardResponseException("text AP EF 0002 holds text that is not UTF-8", e);
        }
    }

    private static String ascii(byte[] value) {
        return new String(value, StandardCharsets.US_ASCII);
    }

    /** A date written as 8 ASCII digits {@code YYYYMMDD} (the 券面 applications' dates); {@code what} names it in errors. */
    public static JapaneseDate date(byte[] value, String what) throws MalformedCardResponseException {
        String text = ascii(value);
        if (!text.matches("[0-9]{8}")) {
            throw new MalformedCardResponseException(what + " is not YYYYMMDD");
        }
        try {
            return JapaneseDate.of(LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new MalformedCardResponseException(what + " is not a date since Meiji", e);
        }
    }

    /** The sex code of the 券面 applications: 1, 2 or 9. */
    public static Sex sex(byte[] value, String what) throws MalformedCardResponseException {
        return Sex.ofBasicFourCode(ascii(value)).orElseThrow(() ->
                new MalformedCardResponseException("the sex code of " + what + " is not 1, 2 or 9"));
    }
}
