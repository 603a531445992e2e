/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Io;
import dev.mynacard.cli.Language;
import dev.mynacard.cli.Messages;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinKind;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** --pin-stdin: what leaves standard input, and which of mynacard's buffers still hold a PIN afterwards. */
class PinReaderTest {
    @Test
    void takesExactlyOneLinePerPinAndLeavesTheRestInTheStream() throws Exception {
        StandardInput stdin = new StandardInput("1234\r\n5678\nnot read\n");
        PinReader reader = reader(stdin);

        try (Pin current = reader.read(PinKind.AUTH)) {
            assertEquals(6, stdin.handedOut(), "only the first line left the stream");
            assertEncodes("1234", current);
        }
        try (Pin replacement = reader.readNew(PinKind.AUTH)) {
            assertEquals(11, stdin.handedOut(), "then only the second");
            assertEncodes("5678", replacement);
        }
        assertEquals("not read\n", new String(stdin.readAllBytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void noBufferOfTheReaderOrThePinHoldsThePinOnceClosed() throws Exception {
        StandardInput stdin = new StandardInput("ABC123\n");
        PinReader reader = reader(stdin);

        Pin pin = reader.read(PinKind.SIGN);
        char[] inside = chars(pin);
        pin.close();

        assertTrue(new String(inside).chars().allMatch(c -> c == 0), "the Pin's array is wiped");
        List<String> holders = holdersOf("ABC123", List.of(reader, pin), stdin);
        assertEquals(List.of(), holders, "arrays still holding the PIN");
    }

    @Test
    void anOverlongLineIsRefusedWithoutKeepingIt() {
        StandardInput stdin = new StandardInput("1".repeat(100) + "\n1234\n");
        PinReader reader = reader(stdin);

        CliException refused = assertThrows(CliException.class, () -> reader.read(PinKind.AUTH));

        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertEquals(101, stdin.handedOut(), "the whole line and no more");
    }

    @Test
    void bytesBeyondAsciiNeverMakeAValidPin() {
        // Full-width digits: U+FF11 U+FF12 U+FF13 U+FF14.
        PinReader reader = reader(new StandardInput("１２３４\n"));

        CliException refused = assertThrows(CliException.class, () -> reader.read(PinKind.AUTH));

        assertEquals(ExitCode.USAGE, refused.exitCode());
    }

    private static PinReader reader(StandardInput stdin) {
        PrintStream discard = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Io io = new Io(stdin, discard, discard, Map.of(), Locale.ENGLISH, Optional.empty(), false,
                Clock.systemUTC());
        return new PinReader(io, Messages.of(Language.EN), true);
    }

    private static void assertEncodes(String expected, Pin pin) {
        byte[] encoded = pin.encode(PinKind.AUTH);
        assertEquals(expected, new String(encoded, StandardCharsets.US_ASCII));
    }

    private static char[] chars(Pin pin) throws ReflectiveOperationException {
        Field field = Pin.class.getDeclaredField("chars");
        field.setAccessible(true);
        return (char[]) field.get(pin);
    }

    /**
     * The char and byte arrays that hold {@code secret}, among everything reachable from {@code roots}
     * through mynacard's own classes (the JDK's are not opened to reflection), except {@code source}.
     */
    private static List<String> holdersOf(String secret, List<Object> roots, Object source)
            throws IllegalAccessException {
        List<String> holders = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(source);
        for (Object root : roots) {
            walk(root, root.getClass().getSimpleName(), secret, seen, holders);
        }
        return holders;
    }

    private static void walk(Object object, String path, String secret, Set<Object> seen, List<String> holders)
            throws IllegalAccessException {
        if (object == null || !seen.add(object)) {
            return;
        }
        Class<?> type = object.getClass();
        if (object instanceof char[] chars) {
            if (new String(chars).contains(secret)) {
                holders.add(path);
            }
        } else if (object instanceof byte[] bytes) {
            if (new String(bytes, StandardCharsets.ISO_8859_1).contains(secret)) {
                holders.add(path);
            }
        } else if (type.isArray() && !type.getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(object); i++) {
                walk(Array.get(object, i), path + "[" + i + "]", secret, seen, holders);
            }
        } else if (type.getName().startsWith("dev.mynacard.")) {
            for (Class<?> c = type; c != null && c.getName().startsWith("dev.mynacard."); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                        field.setAccessible(true);
                        walk(field.get(object), path + "." + field.getName(), secret, seen, holders);
                    }
                }
            }
        }
    }

    /** Standard input that counts the bytes it hands out. */
    private static final class StandardInput extends InputStream {
        private final byte[] data;
        private int position;

        StandardInput(String text) {
            data = text.getBytes(StandardCharsets.UTF_8);
        }

        int handedOut() {
            return position;
        }

        @Override
        public int read() {
            return position < data.length ? data[position++] & 0xFF : -1;
        }
    }
}
