/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli;

import static dev.mynacard.apdu.pcsc.PcscTestEnvironment.READER;

import dev.mynacard.apdu.pcsc.PcscReaders;
import dev.mynacard.apdu.pcsc.PcscTestEnvironment;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PcscFaultsTest}'s card pulled in the middle of a read, through javax.smartcardio, in a
 * JVM of its own (tag "own-jvm"): once the JDK has seen a card pulled from under a connection, it
 * keeps that connection, and pcscd refuses exclusive connections to the reader (the JNA
 * backend's) until the JVM exits.
 */
@Tag("own-jvm")
class PcscJdkCardPulledTest {
    @TempDir
    Path dir;

    @Test
    void aCardPulledInTheMiddleOfAReadLeavesNoFile() throws Exception {
        PcscReaders jdk = PcscTestEnvironment.requireVirtualReaders();
        PcscTestEnvironment.awaitCard(jdk, READER, false);
        PcscFaultsTest.cardPulledInTheMiddleOfARead(new CliRunner(dir.resolve("home")), dir, "jdk");
    }
}
