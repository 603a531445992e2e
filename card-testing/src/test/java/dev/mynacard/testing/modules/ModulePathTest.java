/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.testing.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application on the module path uses card-core with the simulated card: a module {@code app}
 * that requires only {@code dev.mynacard.core} and {@code dev.mynacard.simulator} is compiled and
 * run in its own JVM with nothing on the class path. It opens the card, reads the PINs' tries,
 * validates the authentication certificate against the simulator's roots and finds the JCA
 * provider through the module system's service loader.
 */
class ModulePathTest {
    /** The jars and class folders the two modules need, out of this test's class path. */
    private static final Pattern NEEDED = Pattern.compile(
            ".*(card-apdu|card-core|simulator)/target/classes|.*/mynacard-(apdu|core|simulator)-[^/]*\\.jar"
                    + "|.*/(bcprov|bcpkix|bcutil)-jdk18on-[^/]*\\.jar"
                    + "|.*/nimbus-jose-jwt-[^/]*\\.jar|.*/jcardsim-[^/]*\\.jar"
                    + "|.*/jackson-(core|databind|annotations)-[^/]*\\.jar"
                    + "|.*/jai-imageio-[^/]*\\.jar"
                    + "|.*/(pdfbox|pdfbox-io|fontbox|commons-logging)-[0-9][^/]*\\.jar");

    @Test
    void anApplicationOnTheModulePathUsesTheSimulatedCard(@TempDir Path dir) throws Exception {
        List<String> modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> NEEDED.matcher(entry.replace(File.separatorChar, '/')).matches())
                .filter(entry -> !entry.endsWith("-sources.jar") && !entry.endsWith("-javadoc.jar")
                        && !entry.endsWith("-tests.jar") && !entry.contains("test-classes"))
                .toList();
        assertTrue(modulePath.size() >= 8, "the modules were not found on the class path: " + modulePath);

        Path source = dir.resolve("src");
        write(source.resolve("module-info.java"),
                "module app { requires dev.mynacard.core; requires dev.mynacard.simulator; uses java.security.Provider; }");
        write(source.resolve("app/Main.java"), """
                package app;

                import dev.mynacard.core.card.MyNumberCard;
                import dev.mynacard.core.cert.CertificateSlot;
                import dev.mynacard.core.cert.CertificatePurpose;
                import dev.mynacard.core.trust.CertificateValidator;
                import dev.mynacard.core.trust.ValidationRequest;
                import dev.mynacard.core.trust.TrustAnchors;
                import dev.mynacard.sim.card.SimulatedCard;
                import dev.mynacard.sim.issue.DefaultCard;
                import java.security.Provider;
                import java.util.ServiceLoader;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        try (MyNumberCard card = MyNumberCard.open(SimulatedCard.load(DefaultCard.image()).transport())) {
                            System.out.println("pins " + card.pins().statusAll().size());
                            var auth = card.certificates().read(CertificateSlot.AUTH);
                            var report = new CertificateValidator(TrustAnchors.jlis().withSimulator())
                                    .validate(ValidationRequest.of(auth.x509(), CertificatePurpose.AUTH)
                                            .withRoot(card.certificates().read(CertificateSlot.AUTH_CA).x509()));
                            System.out.println("auth valid " + report.isValid());
                            if (!report.isValid()) {
                                System.out.println(report);
                            }
                        }
                        for (Provider provider : ServiceLoader.load(Provider.class)) {
                            System.out.println("provider " + provider.getName());
                        }
                        System.out.println("module " + MyNumberCard.class.getModule().getName());
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                source.resolve("module-info.java").toString(), source.resolve("app/Main.java").toString());
        assertEquals(0, compiled, "the application did not compile against the modules");

        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + String.join(File.pathSeparator, modulePath),
                "-m", "app/app.Main")
                .redirectErrorStream(true).start();
        assertTrue(app.waitFor(120, TimeUnit.SECONDS), "the application did not end");
        String out = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, app.exitValue(), out);
        assertTrue(out.contains("pins 4\n"), out);
        assertTrue(out.contains("auth valid true\n"), out);
        assertTrue(out.contains("provider MynaCard\n"), out);
        assertTrue(out.contains("module dev.mynacard.core\n"), out);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
