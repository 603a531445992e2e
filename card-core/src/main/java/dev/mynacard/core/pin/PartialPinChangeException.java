/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pin;

import dev.mynacard.apdu.CardIoException;
import dev.mynacard.core.card.MynaApplication;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A PIN stored in several copies (the 住基 PIN in the 共通AP and the 住基AP) was changed in some of
 * them only, or the library cannot tell for one of them: the copies may now differ. The message
 * says which copy holds which PIN; {@link #copies()} says it to code.
 */
public class PartialPinChangeException extends CardIoException {
    /** What became of one copy. */
    public enum CopyState {
        CHANGED,
        NOT_CHANGED,
        /** The transport failed during the write: the card may or may not have done it. */
        UNKNOWN
    }

    private final Map<MynaApplication, CopyState> copies;

    public PartialPinChangeException(PinKind kind, Map<MynaApplication, CopyState> copies, Throwable cause) {
        super(message(kind, copies, cause), cause);
        this.copies = Collections.unmodifiableMap(new EnumMap<>(copies));
    }

    public Map<MynaApplication, CopyState> copies() {
        return copies;
    }

    private static String message(PinKind kind, Map<MynaApplication, CopyState> copies, Throwable cause) {
        String states = copies.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + describe(e.getValue()))
                .collect(Collectors.joining("; "));
        return "the " + kind.label() + " change stopped half way (" + cause.getMessage() + "). " + states
                + ". The copies may now differ: verify each copy before trying again";
    }

    private static String describe(CopyState state) {
        return switch (state) {
            case CHANGED -> "changed, the new PIN opens it";
            case NOT_CHANGED -> "not changed, the old PIN still opens it";
            case UNKNOWN -> "unknown, the write may or may not have happened";
        };
    }
}
