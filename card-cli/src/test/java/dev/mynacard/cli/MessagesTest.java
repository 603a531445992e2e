/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_ja.properties"));
    }

    @Test
    void everyMessagePatternParses() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.of(language).bundle();
            for (String key : bundle.keySet()) {
                new MessageFormat(bundle.getString(key), language.locale());
            }
        }
    }

    @Test
    void apostrophesInMessagesReadByMynacardAreDoubled() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.of(language).bundle();
            for (String key : bundle.keySet()) {
                boolean readByPicocli = key.startsWith("usage.") || key.endsWith(".usage.description")
                        || key.startsWith("option.") || key.startsWith("param.");
                if (!readByPicocli) {
                    assertFalse(bundle.getString(key).replace("''", "").contains("'"),
                            () -> key + ": MessageFormat drops a single apostrophe");
                }
            }
        }
    }

    @Test
    void englishIsChosenEvenWhenTheDefaultLocaleIsJapanese() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertEquals("ok", Messages.of(Language.EN).get("pin-state.ok"));
            assertEquals("正常", Messages.of(Language.JA).get("pin-state.ok"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nestedTextsAreTranslatedToo() {
        assertEquals("利用者証明用電子証明書の暗証番号が違います。残り 2 回です。",
                Messages.of(Language.JA).get("error.wrong-pin", new Messages.Text("pin.auth.name"), 2));
        assertTrue(Messages.of(Language.EN).get("error.wrong-pin", new Messages.Text("pin.auth.name"), 2)
                .startsWith("Wrong auth PIN"));
    }

    @Test
    void exitCodesAreDistinct() {
        Set<Integer> statuses = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        for (ExitCode code : ExitCode.values()) {
            assertTrue(statuses.add(code.status()), code::toString);
            assertTrue(codes.add(code.code()), code::toString);
        }
        assertEquals(2, ExitCode.USAGE.status());
        assertEquals(5, ExitCode.WRONG_PIN.status());
        assertEquals(6, ExitCode.PIN_BLOCKED.status());
        assertEquals(7, ExitCode.LAST_TRY_REFUSED.status());
    }

    /** The keys a properties file defines itself, read as UTF-8. */
    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/dev/mynacard/cli/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
