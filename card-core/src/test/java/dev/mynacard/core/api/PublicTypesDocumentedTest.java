/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the two library modules, card-apdu and card-core, nested ones included,
 * has a javadoc comment: the published javadoc jars must say what each type is for.
 */
class PublicTypesDocumentedTest {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|interface|record|enum|@interface)\\s+(\\w+)");

    @Test
    void everyPublicTypeHasAJavadocComment() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int types = 0;
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../card-apdu/src/main/java"))) {
            for (Path file : javaFiles(sources)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher declaration = PUBLIC_TYPE.matcher(lines.get(i));
                    if (declaration.find()) {
                        types++;
                        if (!javadocAbove(lines, i)) {
                            undocumented.add(file + ":" + (i + 1) + " " + declaration.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(types > 100, "found only " + types + " public types: is the source layout still the same?");
        assertEquals(List.of(), undocumented, "public types without a javadoc comment");
    }

    @Test
    void aTypeWithoutJavadocIsFound() {
        assertTrue(javadocAbove(List.of("/** Says what it is. */", "@Deprecated", "public final class A {"), 2));
        assertTrue(!javadocAbove(List.of("/* Not javadoc. */", "public final class A {"), 1));
        assertTrue(!javadocAbove(List.of("import x.Y;", "", "public record A() {"), 2));
    }

    /** Whether the lines above the declaration, past blank lines and annotations, end a javadoc comment. */
    private static boolean javadocAbove(List<String> lines, int declaration) {
        int line = declaration - 1;
        while (line >= 0 && (lines.get(line).isBlank() || lines.get(line).strip().startsWith("@"))) {
            line--;
        }
        if (line < 0 || !lines.get(line).strip().endsWith("*/")) {
            return false;
        }
        while (line >= 0 && !lines.get(line).contains("/*")) {
            line--;
        }
        return line >= 0 && lines.get(line).contains("/**");
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .filter(file -> !file.getFileName().toString().equals("module-info.java"))
                    .sorted()
                    .toList();
        }
    }
}
