/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import dev.mynacard.apdu.bridge.BridgeAddress;
import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Language;
import dev.mynacard.cli.option.BridgeAddressConverter;
import dev.mynacard.cli.option.PcscBackendConverter;
import dev.mynacard.cli.option.SecondsConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/** The {@code mynacard} command: the global options and the commands. Descriptions are in the message bundle. */
@Command(name = "mynacard", synopsisSubcommandLabel = "COMMAND", sortOptions = false,
        subcommands = {ReadersCommand.class, StatusCommand.class, PinCommand.class, CertCommand.class,
                InfoCommand.class, SignCommand.class, VerifyCommand.class, LoginCommand.class, NativeHostCommand.class, SimCommand.class})
public final class MynacardCommand {
    static final String DEFAULT_BRIDGE = "127.0.0.1:35963";

    @Option(names = "--sim", scope = ScopeType.INHERIT, descriptionKey = "option.sim")
    boolean sim;

    @Option(names = "--sim-state", paramLabel = "FILE", scope = ScopeType.INHERIT, descriptionKey = "option.sim-state")
    Path simState;

    @Option(names = "--reader", paramLabel = "NAME|INDEX", scope = ScopeType.INHERIT, descriptionKey = "option.reader")
    String reader;

    @Option(names = "--pcsc", paramLabel = "jdk|jna|auto", scope = ScopeType.INHERIT,
            converter = PcscBackendConverter.class, descriptionKey = "option.pcsc")
    String pcsc;

    /** Without a value: this machine only, on the app's default port. */
    @Option(names = "--bridge", paramLabel = "[HOST:]PORT", arity = "0..1", fallbackValue = DEFAULT_BRIDGE,
            scope = ScopeType.INHERIT, converter = BridgeAddressConverter.class, descriptionKey = "option.bridge")
    BridgeAddress bridge;

    @Option(names = "--bridge-connect", paramLabel = "HOST:PORT", scope = ScopeType.INHERIT,
            converter = BridgeAddressConverter.class, descriptionKey = "option.bridge-connect")
    BridgeAddress bridgeConnect;

    @Option(names = "--wait", paramLabel = "SECONDS", scope = ScopeType.INHERIT, converter = SecondsConverter.class,
            descriptionKey = "option.wait")
    Duration wait;

    @Option(names = "--apdu-timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            converter = SecondsConverter.class, descriptionKey = "option.apdu-timeout")
    Duration apduTimeout;

    @Option(names = "--json", scope = ScopeType.INHERIT, descriptionKey = "option.json")
    boolean json;

    @Option(names = "--trace", scope = ScopeType.INHERIT, descriptionKey = "option.trace")
    boolean trace;

    @Option(names = "--lang", paramLabel = "ja|en", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
            descriptionKey = "option.lang")
    Language language;

    @Option(names = "--pin-stdin", scope = ScopeType.INHERIT, descriptionKey = "option.pin-stdin")
    boolean pinStdin;

    @Option(names = "--allow-last-try", scope = ScopeType.INHERIT, descriptionKey = "option.allow-last-try")
    boolean allowLastTry;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, descriptionKey = "option.help")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "option.version")
    boolean version;

    /** The options as parsed; {@code defaultLanguage} when --lang was not given. */
    public GlobalOptions options(Language defaultLanguage) {
        return new GlobalOptions(sim, Optional.ofNullable(simState), Optional.ofNullable(reader), json, trace,
                language == null ? defaultLanguage : language, pinStdin, allowLastTry,
                Optional.ofNullable(pcsc).filter(name -> !name.equals("auto")), Optional.ofNullable(bridge),
                Optional.ofNullable(bridgeConnect), Optional.ofNullable(wait), Optional.ofNullable(apduTimeout));
    }

    /** {@code ja} or {@code en}. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not ja or en"));
        }
    }
}
