/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.TransportDecorator;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Logs every exchange through {@link System.Logger} {@value #LOGGER} at {@code DEBUG}, as
 * {@link TracingTransport} writes {@code --trace}: PINs redacted, response data hidden (only its
 * length and the status word), since a response may hold personal data. An integrator turns it on
 * in their own logging configuration (java.util.logging, or the System.LoggerFinder of SLF4J or
 * Log4j); while the level is off an exchange costs one {@code isLoggable} check.
 */
public final class LoggingTransport extends TransportDecorator {
    /** The logger's name. */
    public static final String LOGGER = "dev.mynacard.apdu";

    private static final Logger LOG = System.getLogger(LOGGER);

    private final TracingTransport tracing;

    public LoggingTransport(CardTransport inner) {
        super(inner);
        this.tracing = new TracingTransport(inner, line -> LOG.log(Level.DEBUG, line),
                TracingTransport.ResponseData.HIDDEN);
    }

    @Override
    public byte[] exchange(byte[] command) throws IOException {
        return LOG.isLoggable(Level.DEBUG) ? tracing.exchange(command) : inner.exchange(command);
    }
}
