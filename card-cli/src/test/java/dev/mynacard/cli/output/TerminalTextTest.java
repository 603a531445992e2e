/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.Language;
import dev.mynacard.cli.Messages;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    /** Every character TerminalText must escape, built here from the ranges the contract names. */
    private static final String ALL_UNSAFE = IntStream.concat(IntStream.concat(
                    IntStream.rangeClosed(0x00, 0x1F), IntStream.rangeClosed(0x7F, 0x9F)),
            IntStream.of(0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                    0x2066, 0x2067, 0x2068, 0x2069))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    @Test
    void controlsAndBidiBecomeVisibleEscapes() {
        assertEquals("a\\x1b[2Jb\\x0a\\x09\\x7f\\x9b\\u202ec\\u2066\\u200f\\u061c",
                TerminalText.escape("a\u001b[2Jb\n\t\u007f\u009b\u202ec\u2066\u200f\u061c"));
    }

    @Test
    void everyUnsafeCharacterIsEscapedAndNothingUnsafeRemains() {
        String escaped = TerminalText.escape(ALL_UNSAFE);

        assertTrue(escaped.chars().allMatch(c -> c >= 0x20 && c < 0x7F), escaped);
        assertEquals(ALL_UNSAFE.length(), escaped.split("\\\\", -1).length - 1, "one escape per character");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "山田　太郎 C:\\Users\\taro ｱｲｳ é 😀 \u200b";
        assertSame(text, TerminalText.escape(text));
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = TerminalText.escape(ALL_UNSAFE + "x\\y");
        assertEquals(once, TerminalText.escape(once));
    }

    @Test
    void messageArgumentsAreEscapedButNotThePatterns() {
        Messages messages = Messages.of(Language.EN);

        assertEquals("x\\x1b[8m: no such file or directory", messages.get("file.failed", "x\u001b[8m",
                new Messages.Text("file-problem.missing")));
        assertEquals("RSA 2048 bits", messages.get("cert.rsa-key", 2048), "numbers still follow the pattern");
    }

    @Test
    void tablesFieldsAndVerbatimTextAreEscaped() {
        String text = TextOutput.render(Messages.of(Language.EN), out -> {
            out.field("holder.name", "a\u001b[2Jb");
            out.row("\u202eleft", "right\u0085");
            out.verbatim("v\u0007");
        });

        assertEquals("Name        a\\x1b[2Jb\n\\u202eleft  right\\x85\nv\\x07\n", text);
    }

    @Test
    void jsonStringsEscapeWhatATerminalWouldActOnAndKeepTheValue() {
        ObjectNode object = Json.object().put("name", ALL_UNSAFE + "山田");

        String written = Json.write(object);

        assertFalse(written.chars().anyMatch(TerminalTextTest::unsafe), written);
        assertTrue(written.contains("\\u202e") || written.contains("\\u202E"), written);
        assertEquals(ALL_UNSAFE + "山田", Json.parseObject(written).get("name").asText());
    }

    private static boolean unsafe(int c) {
        return ALL_UNSAFE.indexOf(c) >= 0;
    }
}
