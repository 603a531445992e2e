/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.host;

import dev.mynacard.apdu.vpcd.VirtualCard;
import dev.mynacard.sim.host.HostCommand.UsageException;
import dev.mynacard.sim.issue.Issuer;
import dev.mynacard.sim.state.CorruptCardStateException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;

/**
 * The simulator's command line ({@code java -jar mynacard-simulator.jar --state FILE}): puts the
 * card of a state file into vpcd's virtual reader until the process is stopped (Ctrl-C, SIGTERM),
 * then saves the card's state.
 *
 * <p>Exit status: 0 after a normal stop, 2 for a bad command line or a state file that cannot be
 * used, 1 when the state could not be saved on the way out.
 */
public final class SimulatorMain {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    private static final String PROGRAM = "mynacard-simulator";
    /** One line per log record instead of java.util.logging's two, for the connector's messages. */
    private static final String LOG_FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

    private SimulatorMain() {
    }

    public static void main(String[] args) {
        if (System.getProperty(LOG_FORMAT_PROPERTY) == null) {
            System.setProperty(LOG_FORMAT_PROPERTY, PROGRAM + ": %5$s%6$s%n");
        }
        int status = run(List.of(args), System.out, System.err);
        if (status != EXIT_OK) {
            System.exit(status);
        }
    }

    /** Runs the command line; blocks while the card is served and returns the exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        HostCommand command;
        try {
            command = HostCommand.parse(args);
        } catch (UsageException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            err.println("Try --help.");
            return EXIT_USAGE;
        }
        if (command instanceof HostCommand.Help) {
            out.print(HostCommand.USAGE);
            return EXIT_OK;
        }
        if (command instanceof HostCommand.Version) {
            out.println(PROGRAM + " " + version());
            return EXIT_OK;
        }
        HostCommand.Serve serve = (HostCommand.Serve) command;
        if (serve.cardOptions() && Files.exists(serve.stateFile())) {
            err.println(PROGRAM + ": the card options describe a new card, but " + serve.stateFile()
                    + " already holds one: give another --state FILE, or delete this one to replace its card");
            return EXIT_USAGE;
        }
        PersistentCard card;
        try {
            card = PersistentCard.open(serve.stateFile(), () -> Issuer.standard().issue(serve.newCard()).image(),
                    warning -> err.println(PROGRAM + ": " + warning));
        } catch (CorruptCardStateException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println(PROGRAM + ": cannot use the card state file " + serve.stateFile() + ": " + describe(e));
            return EXIT_USAGE;
        }
        ApduHeaderLog apduHeaders;
        try {
            apduHeaders = serve.apduHeaders().isPresent()
                    ? ApduHeaderLog.open(card, serve.apduHeaders().get(), warning -> err.println(PROGRAM + ": " + warning))
                    : null;
        } catch (IOException e) {
            err.println(PROGRAM + ": cannot append to the APDU header file " + serve.apduHeaders().get() + ": " + describe(e));
            return EXIT_USAGE;
        }
        VirtualCard logged = apduHeaders == null ? card : apduHeaders;
        VirtualCard inReader = serve.latency().isNone() ? logged : new LatentCard(logged, serve.latency());
        CardHost host = CardHost.start(card, inReader, serve.vpcd(), out::println);
        Thread shutdown = new Thread(() -> stop(host, apduHeaders, err), PROGRAM + " shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            host.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stop(host, apduHeaders, err);
        }
        return EXIT_OK;
    }

    /** Takes the card out and saves it; then closes {@code apduHeaders} when there is one. */
    private static int stop(CardHost host, ApduHeaderLog apduHeaders, PrintStream err) {
        try {
            host.close();
            return EXIT_OK;
        } catch (IOException e) {
            err.println(PROGRAM + ": could not save the card state to " + host.card().stateFile() + ": " + describe(e));
            return EXIT_FAILED;
        } finally {
            if (apduHeaders != null) {
                apduHeaders.close();
            }
        }
    }

    /** An I/O failure in words: NIO exceptions carry only the path as their message. */
    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }

    private static String version() {
        String version = SimulatorMain.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
