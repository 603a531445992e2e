/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The JSON side of the output: one compact object per line. Keys and codes are the same in every
 * language. Strings escape, besides what JSON requires, every character {@link TerminalText}
 * escapes (DEL, C1 controls, bidirectional formatting, line separators) as <code>&#92;uXXXX</code>, so a
 * document printed on a terminal carries no control either.
 */
public final class Json {
    private Json() {
    }

    /**
     * The mapper, made on first use: text output calls {@link #code} and {@link #instant} too, and
     * must not pay for Jackson's start (about 20 ms).
     */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper(
                new JsonFactoryBuilder().characterEscapes(new TerminalEscapes()).build());
    }

    public static ObjectNode object() {
        return Mapper.MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return Mapper.MAPPER.createArrayNode();
    }

    /** Parses a JSON object another component wrote. */
    public static ObjectNode parseObject(String json) {
        try {
            return (ObjectNode) Mapper.MAPPER.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    public static String write(JsonNode node) {
        try {
            return Mapper.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of JSON nodes always serialises", e);
        }
    }

    /** ISO-8601, UTC, whole seconds: {@code 2030-05-05T14:59:59Z}. */
    public static String instant(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** An enum constant as a JSON code: {@code LAST_TRY} → {@code last-try}. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** JSON's escapes, and <code>&#92;uXXXX</code> for whatever else a terminal would act on. */
    private static final class TerminalEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalEscapes() {
            for (int c = 0; c < ascii.length; c++) {
                if (TerminalText.isUnsafe(c)) {
                    ascii[c] = ESCAPE_STANDARD;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return TerminalText.isUnsafe(c) ? new SerializedString(String.format("\\u%04x", c)) : null;
        }
    }
}
