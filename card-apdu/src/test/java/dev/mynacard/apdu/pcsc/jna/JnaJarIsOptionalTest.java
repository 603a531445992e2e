/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.pcsc.PcscBackends;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JNA is an optional dependency of card-apdu: a program without the jar can still use every other
 * class, and choosing the JNA backend then fails with a message instead of NoClassDefFoundError.
 * Checked by loading card-apdu's main classes in a class loader that cannot see JNA.
 */
class JnaJarIsOptionalTest {
    private Path classes;
    private URLClassLoader withoutJna;

    @BeforeEach
    void loadCardApduWithoutJna() throws Exception {
        URL location = PcscBackends.class.getProtectionDomain().getCodeSource().getLocation();
        classes = Path.of(location.toURI());
        withoutJna = new URLClassLoader(new URL[] {location}, ClassLoader.getPlatformClassLoader());
    }

    @AfterEach
    void close() throws Exception {
        withoutJna.close();
    }

    @Test
    void theLoaderReallyLacksJna() {
        assertThrows(ClassNotFoundException.class, () -> withoutJna.loadClass("com.sun.jna.Native"));
    }

    @Test
    void everyClassOutsideTheJnaPackageLinksWithoutJna() throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map(classes::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.equals("module-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> !n.startsWith(JnaPcsc.class.getPackageName() + "."))
                    .toList();
        }
        for (String name : names) {
            Class<?> loaded = Class.forName(name, true, withoutJna);
            assertEquals(withoutJna, loaded.getClassLoader(), name);
        }
        assertTrue(names.size() > 20, "found only " + names);
    }

    @Test
    void choosingJnaWithoutTheJarIsNoServiceWithAMessage() throws Exception {
        Method choose = withoutJna.loadClass(PcscBackends.class.getName()).getMethod("choose", String.class);

        InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> choose.invoke(null, "jna"));

        Throwable failure = e.getCause();
        assertEquals("dev.mynacard.apdu.TransportException", failure.getClass().getName(), String.valueOf(failure));
        assertEquals("NO_SERVICE", failure.getClass().getMethod("reason").invoke(failure).toString());
        assertEquals("The JNA PC/SC backend needs JNA (net.java.dev.jna:jna) on the class path;"
                + " use the JDK backend instead", failure.getMessage());
    }
}
