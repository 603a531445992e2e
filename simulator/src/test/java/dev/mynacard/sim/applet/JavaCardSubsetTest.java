/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.applet;

import dev.mynacard.sim.applet.JavaCardSubsetChecker.Kind;
import dev.mynacard.sim.applet.JavaCardSubsetChecker.Violation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The applets keep to what a real Java Card 3.0.4 with RSA-2048 runs, so they could become a CAP file. */
class JavaCardSubsetTest {
    private static final JavaCardSubsetChecker CHECKER =
            new JavaCardSubsetChecker("dev/mynacard/sim/applet", Set.of("Personalisation"));

    @Test
    void theAppletPackageUsesOnlyTheJavaCardSubset() throws Exception {
        List<Path> classes = classesBeside(JpkiApplet.class);
        assertTrue(classes.stream().anyMatch(p -> p.endsWith("JpkiApplet.class")), classes.toString());
        assertTrue(classes.size() >= 10, classes.toString());
        List<Violation> violations = classes.stream().flatMap(c -> CHECKER.check(c).stream()).toList();
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckerCatchesEveryKindOfViolation() throws Exception {
        Path sample = Path.of(NonConformingSample.class.getResource("NonConformingSample.class").toURI());
        List<Violation> violations = CHECKER.check(sample);
        Set<Kind> kinds = violations.stream().map(Violation::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
        assertEquals(EnumSet.allOf(Kind.class), kinds, violations.toString());
        assertFound(violations, Kind.FOREIGN_CLASS, "java/util/List");
        assertFound(violations, Kind.FOREIGN_CLASS, "java/lang/String");
        assertFound(violations, Kind.FORBIDDEN_TYPE, "counter");
        assertFound(violations, Kind.FORBIDDEN_TYPE, "count");
        assertFound(violations, Kind.FORBIDDEN_OPCODE, "d2i");
        assertFound(violations, Kind.FORBIDDEN_OPCODE, "ladd");
        assertFound(violations, Kind.ALLOCATION, "copyOf");
        assertFound(violations, Kind.FORBIDDEN_MODIFIER, "locked");
        assertTrue(violations.stream().noneMatch(v -> v.kind() == Kind.ALLOCATION && v.where().contains("<init>")),
                "allocation in a constructor is allowed: " + violations);
    }

    @Test
    void allocationIsAllowedInThePersonalisationHandlersOnly() throws Exception {
        Path sample = Path.of(NonConformingSample.class.getResource("NonConformingSample.class").toURI());
        JavaCardSubsetChecker lenient =
                new JavaCardSubsetChecker("dev/mynacard/sim/applet", Set.of("NonConformingSample"));
        assertTrue(lenient.check(sample).stream().noneMatch(v -> v.kind() == Kind.ALLOCATION));
    }

    private static void assertFound(List<Violation> violations, Kind kind, String text) {
        assertTrue(violations.stream().anyMatch(v -> v.kind() == kind && v.toString().contains(text)),
                kind + " mentioning " + text + " in " + violations);
    }

    private static List<Path> classesBeside(Class<?> type) throws IOException, URISyntaxException {
        Path dir = Path.of(type.getResource(type.getSimpleName() + ".class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }
}
