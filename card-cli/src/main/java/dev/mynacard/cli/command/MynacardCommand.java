/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.command;

import dev.mynacard.cli.option.InvalidValueException;
import dev.mynacard.apdu.bridge.BridgeAddress;
import dev.mynacard.cli.GlobalOptions;
import dev.mynacard.cli.Language;
import dev.mynacard.cli.option.BridgeAddressConverter;
import dev.mynacard.cli.option.PcscBackendConverter;
import dev.mynacard.cli.option.SecondsConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code mynacard} command: the global options and the commands. Descriptions are in the message
 * bundle. The commands are not in the annotation: {@link dev.mynacard.cli.CommandLineModel} adds
 * only the one a command line runs, unless it needs them all (help, errors).
 *
 * <p>The global options are inherited by every command, so they go before or after it.
 */
@Command(name = "mynacard", synopsisSubcommandLabel = "COMMAND", sortOptions = false)
public final class MynacardCommand {
    static final String DEFAULT_BRIDGE = "127.0.0.1:35963";

    /** The commands, in the order of the help. */
    public static final List<Class<?>> COMMANDS = List.of(ReadersCommand.class, StatusCommand.class, PinCommand.class,
            CertCommand.class, InfoCommand.class, FaceCommand.class, SignCommand.class, VerifyCommand.class, LoginCommand.class,
            NativeHostCommand.class, TrustCommand.class, SimCommand.class, HelpCommand.class);

    /**
     * One way to the card: the simulated card, a reader, or the phone in either direction. The
     * instances exist from the start, so that the copies a command inherits set the same fields.
     */
    @ArgGroup(exclusive = true, multiplicity = "0..1", order = 0)
    CardRoute route = new CardRoute();

    /** The ways to the card; picocli refuses two of them on one level, {@code CommandLineModel} across levels. */
    public static final class CardRoute {
        @ArgGroup(exclusive = false, order = 1)
        Simulated simulated = new Simulated();

        @ArgGroup(exclusive = false, order = 2)
        Reader reader = new Reader();

        /** Without a value: this machine only, on the app's default port. */
        @Option(names = "--bridge", paramLabel = "[HOST:]PORT", arity = "0..1", fallbackValue = DEFAULT_BRIDGE,
                scope = ScopeType.INHERIT, converter = BridgeAddressConverter.class, descriptionKey = "option.bridge",
                order = 5)
        BridgeAddress bridge;

        @Option(names = "--bridge-connect", paramLabel = "HOST:PORT", scope = ScopeType.INHERIT,
                converter = BridgeAddressConverter.class, descriptionKey = "option.bridge-connect", order = 6)
        BridgeAddress bridgeConnect;
    }

    static final class Simulated {
        @Option(names = "--sim", scope = ScopeType.INHERIT, descriptionKey = "option.sim", order = 1)
        boolean sim;

        @Option(names = "--sim-state", paramLabel = "FILE", scope = ScopeType.INHERIT,
                descriptionKey = "option.sim-state", order = 2)
        Path simState;
    }

    static final class Reader {
        @Option(names = "--reader", paramLabel = "NAME|INDEX", scope = ScopeType.INHERIT,
                descriptionKey = "option.reader", order = 3)
        String reader;

        @Option(names = "--pcsc", paramLabel = "jdk|jna|auto", scope = ScopeType.INHERIT,
                converter = PcscBackendConverter.class, descriptionKey = "option.pcsc", order = 4)
        String pcsc;
    }

    @Option(names = "--wait", paramLabel = "SECONDS", scope = ScopeType.INHERIT, converter = SecondsConverter.class,
            descriptionKey = "option.wait", order = 7)
    Duration wait;

    @Option(names = "--apdu-timeout", paramLabel = "SECONDS", scope = ScopeType.INHERIT,
            converter = SecondsConverter.class, descriptionKey = "option.apdu-timeout", order = 8)
    Duration apduTimeout;

    @Option(names = "--json", scope = ScopeType.INHERIT, descriptionKey = "option.json", order = 9)
    boolean json;

    @Option(names = "--trace", scope = ScopeType.INHERIT, descriptionKey = "option.trace", order = 10)
    boolean trace;

    @Option(names = "--lang", paramLabel = "ja|en", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
            descriptionKey = "option.lang", order = 11)
    Language language;

    @Option(names = "--pin-stdin", scope = ScopeType.INHERIT, descriptionKey = "option.pin-stdin", order = 12)
    boolean pinStdin;

    @Option(names = "--allow-last-try", scope = ScopeType.INHERIT, descriptionKey = "option.allow-last-try", order = 13)
    boolean allowLastTry;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, descriptionKey = "option.help", order = 14)
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "option.version", order = 15)
    boolean version;

    /** The options as parsed; {@code defaultLanguage} when --lang was not given. */
    public GlobalOptions options(Language defaultLanguage) {
        Simulated simulated = route.simulated;
        Reader pcsc = route.reader;
        return new GlobalOptions(simulated.sim, Optional.ofNullable(simulated.simState), Optional.ofNullable(pcsc.reader),
                json, trace, language == null ? defaultLanguage : language, pinStdin, allowLastTry,
                Optional.ofNullable(pcsc.pcsc).filter(name -> !name.equals("auto")), Optional.ofNullable(route.bridge),
                Optional.ofNullable(route.bridgeConnect), Optional.ofNullable(wait), Optional.ofNullable(apduTimeout));
    }

    /** {@code ja} or {@code en}. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value).orElseThrow(() -> new InvalidValueException("invalid.lang", value));
        }
    }
}
