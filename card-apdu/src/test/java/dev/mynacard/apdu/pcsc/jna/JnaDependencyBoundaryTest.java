/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * card-apdu promises to need nothing but the JDK, except in one package: the JNA backend. Checked
 * on the compiled main classes with the JDK's jdeps, which reads every class a class file refers
 * to (fields, signatures, calls, constants), not only its imports.
 */
class JnaDependencyBoundaryTest {
    private static final String JNA_PACKAGE = JnaPcsc.class.getPackageName() + ".";
    private static final List<String> JDK_AND_OWN = List.of("java.", "javax.", "jdk.", "dev.mynacard.");

    /** Each main class of card-apdu, with the classes it refers to. */
    private static Map<String, Set<String>> references;

    @BeforeAll
    static void readTheClassFiles() throws URISyntaxException {
        Path classes = Path.of(JnaPcsc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("jdeps is missing: run the tests with a JDK, not a JRE"));
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:class", "-filter:none",
                classes.toString());
        assertEquals(0, status, out.toString());
        references = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            String[] fields = line.strip().split("\\s+");
            // "   dev.mynacard.apdu.X   -> java.util.List   java.base"
            if (line.startsWith(" ") && fields.length >= 3 && fields[1].equals("->")) {
                references.computeIfAbsent(fields[0], c -> new TreeSet<>()).add(fields[2]);
            }
        }
        assertTrue(references.size() > 20, "jdeps listed too few classes:\n" + out);
    }

    private static boolean jdkOrOwn(String type) {
        return JDK_AND_OWN.stream().anyMatch(type::startsWith);
    }

    @Test
    void onlyTheJnaPackageReachesBeyondTheJdk() {
        Map<String, Set<String>> outside = new TreeMap<>();
        references.forEach((origin, targets) -> {
            if (!origin.startsWith(JNA_PACKAGE)) {
                Set<String> foreign = targets.stream().filter(t -> !jdkOrOwn(t)).collect(Collectors.toCollection(TreeSet::new));
                if (!foreign.isEmpty()) {
                    outside.put(origin, foreign);
                }
            }
        });

        assertEquals(Map.of(), outside, "classes outside " + JNA_PACKAGE + "* that need more than the JDK");
    }

    @Test
    void theJnaPackageReachesJnaAndNothingElse() {
        Set<String> foreign = references.entrySet().stream()
                .filter(e -> e.getKey().startsWith(JNA_PACKAGE))
                .flatMap(e -> e.getValue().stream())
                .filter(t -> !jdkOrOwn(t))
                .collect(Collectors.toCollection(TreeSet::new));

        assertTrue(foreign.contains("com.sun.jna.NativeLibrary"), "the scan did not see JNA: " + foreign);
        assertEquals(Set.of(), foreign.stream().filter(t -> !t.startsWith("com.sun.jna.")).collect(Collectors.toSet()));
    }

    @Test
    void theBackendsPublicFacesNeedNoJnaClass() {
        for (Class<?> api : List.of(JnaPcsc.class, JnaPcscOptions.class, JnaPcscTransport.class)) {
            Set<String> foreign = references.get(api.getName()).stream().filter(t -> !jdkOrOwn(t))
                    .collect(Collectors.toSet());
            assertEquals(Set.of(), foreign, api.getSimpleName() + " must load without the JNA jar");
        }
    }
}
