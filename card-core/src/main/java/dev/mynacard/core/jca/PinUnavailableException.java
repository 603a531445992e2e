package dev.mynacard.core.jca;

import java.io.IOException;

/** A card key needed a PIN and its protection parameter gave none (destroyed, cancelled, unsupported). */
public class PinUnavailableException extends IOException {
    public PinUnavailableException(String message) {
        super(message);
    }

    public PinUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
