/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.sim.host.HostCommand.UsageException;
import dev.mynacard.sim.issue.CardVariant;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.TokenKind;
import dev.mynacard.sim.issue.VerifiedPinQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostCommandTest {

    private static HostCommand parse(String... args) throws UsageException {
        return HostCommand.parse(List.of(args));
    }

    @Test
    void stateAloneServesTheDefaultVpcdReader() throws UsageException {
        HostCommand.Serve serve = (HostCommand.Serve) parse("--state", "card.json");

        assertEquals(Path.of("card.json"), serve.stateFile());
        assertEquals(VpcdOptions.defaults(), serve.vpcd());
        assertEquals(Optional.empty(), serve.apduHeaders());
    }

    @Test
    void apduHeadersNamesTheFileToAppendTo() throws UsageException {
        HostCommand.Serve spaced = (HostCommand.Serve) parse("--state", "c.json", "--apdu-headers", "apdus.log");
        HostCommand.Serve joined = (HostCommand.Serve) parse("--apdu-headers=/tmp/a.log", "--state=c.json");

        assertEquals(Optional.of(Path.of("apdus.log")), spaced.apduHeaders());
        assertEquals(Optional.of(Path.of("/tmp/a.log")), joined.apduHeaders());
    }

    @Test
    void latencyOptionsModelARealCardsClock() throws UsageException {
        HostCommand.Serve instant = (HostCommand.Serve) parse("--state", "c.json");
        HostCommand.Serve contact = (HostCommand.Serve) parse("--state", "c.json", "--apdu-ms", "15", "--byte-us=40",
                "--signature-ms", "400");

        assertEquals(Latency.NONE, instant.latency());
        assertEquals(Latency.of(15, 40, 400), contact.latency());
        assertFalse(contact.cardOptions(), "latency is the host's, not the card's: an existing card may be served slowly");
    }

    @ParameterizedTest
    @CsvSource({"--apdu-ms, -1", "--apdu-ms, 1.5", "--byte-us, +4", "--signature-ms, 60001", "--byte-us, 60000001",
            "--apdu-ms, ''"})
    void latencyOptionsTakeWholeNumbersUpToAMinute(String option, String value) {
        UsageException e = assertThrows(UsageException.class, () -> parse("--state", "c.json", option, value));
        assertTrue(e.getMessage().startsWith(option), e.getMessage());
    }

    @Test
    void vpcdAddressInEitherFormPicksTheSecondReader() throws UsageException {
        HostCommand.Serve spaced = (HostCommand.Serve) parse("--vpcd", "127.0.0.1:35964", "--state", "c.json");
        HostCommand.Serve joined = (HostCommand.Serve) parse("--state=c.json", "--vpcd=[::1]:35964");

        assertEquals(VpcdOptions.defaults().withAddress("127.0.0.1", 35964), spaced.vpcd());
        assertEquals(VpcdOptions.defaults().withAddress("::1", 35964), joined.vpcd());
        assertEquals(Path.of("c.json"), joined.stateFile());
    }

    @Test
    void withoutCardOptionsANewStateFileGetsTheDefaultCard() throws UsageException {
        HostCommand.Serve serve = (HostCommand.Serve) parse("--state", "c.json");

        assertFalse(serve.cardOptions());
        assertEquals(DefaultCard.profile(), serve.newCard());
    }

    @Test
    void cardOptionsDescribeTheNewCard() throws UsageException {
        HostCommand.Serve serve = (HostCommand.Serve) parse("--state", "c.json", "--atr", "3BC5FF8131FB458073C6010000",
                "--verified-empty=63CX", "--token", "android", "--no-sign-certificate");

        assertTrue(serve.cardOptions());
        assertEquals(new CardVariant(Optional.of("3BC5FF8131FB458073C6010000"), VerifiedPinQuery.ANSWERS_TRIES,
                TokenKind.ANDROID), serve.newCard().variant());
        assertFalse(serve.newCard().signCertificate());
        assertEquals(DefaultCard.profile().name(), serve.newCard().name());
    }

    @Test
    void helpAndVersionWinOverEverythingElse() throws UsageException {
        assertInstanceOf(HostCommand.Help.class, parse("--bogus", "--help"));
        assertInstanceOf(HostCommand.Help.class, parse("-h"));
        assertInstanceOf(HostCommand.Version.class, parse("--state", "x", "--version"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                         | --state FILE is required",
        "--vpcd 127.0.0.1:35963                     | --state FILE is required",
        "--state                                    | --state needs a value",
        "--state --vpcd 127.0.0.1:1                 | --state needs a value",
        "--state a --state b                        | --state is given twice",
        "--state a --vpcd h:1 --vpcd h:2            | --vpcd is given twice",
        "--state a --vpcd 35963                     | --vpcd '35963' is not HOST:PORT, e.g. 127.0.0.1:35963",
        "--state a --vpcd localhost:                | --vpcd 'localhost:' is not HOST:PORT, e.g. 127.0.0.1:35963",
        "--state a --vpcd localhost:99999           | --vpcd 'localhost:99999': the port must be a number from 1 to 65535",
        "--state a --vpcd localhost:x1              | --vpcd 'localhost:x1': the port must be a number from 1 to 65535",
        "--state a --vpcd []:35963                  | --vpcd '[]:35963' has no host",
        "--state a --port 1                         | unknown argument '--port'",
        "--state a extra                            | unknown argument 'extra'",
        "--state=                                   | --state needs a file name",
        "--state a --apdu-headers                   | --apdu-headers needs a value",
        "--state a --apdu-headers= --vpcd h:1       | --apdu-headers needs a file name",
        "--state a --apdu-headers x --apdu-headers y | --apdu-headers is given twice",
        "--apdu-headers x                           | --state FILE is required",
        "--state a --atr 3BZZ                       | --atr: the ATR must be hex digits, e.g. 3BE000FF8131FE4514",
        "--state a --atr 00E000FF                   | --atr: an ATR starts with 3B or 3F (TS)",
        "--state a --verified-empty 6300            | --verified-empty must be 9000 or 63cx",
        "--state a --token JPKIAPIOSTOKEN           | --token must be card, android or iphone",
        "--state a --no-sign-certificate=yes        | --no-sign-certificate takes no value",
        "--state a --no-sign-certificate --no-sign-certificate | --no-sign-certificate is given twice",
    })
    void badCommandLinesSayWhatIsWrong(String line, String message) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");

        UsageException e = assertThrows(UsageException.class, () -> parse(args));

        assertEquals(message, e.getMessage());
    }
}
