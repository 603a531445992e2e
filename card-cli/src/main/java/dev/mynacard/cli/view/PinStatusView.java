/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.output.TextOutput;
import dev.mynacard.cli.pin.PinKinds;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.core.pin.PinStatus;
import java.util.List;

/** The PINs' retry counters as a table with what to do about them, or as JSON. */
public final class PinStatusView {
    private PinStatusView() {
    }

    /**
     * {@code {"id":"auth","remaining":3,"max":3,"state":"ok"}}; state {@code verified} when the
     * card answered 9000 (verified in this session: remaining is the maximum as far as the card
     * tells), {@code no-limit} with remaining null when it answered 6300 (no retry limit).
     */
    public static ObjectNode json(PinStatus status) {
        return putCounter(Json.object().put("id", PinKinds.id(kind(status))), status)
                .put("state", Json.code(status.state()));
    }

    /** Puts {@code remaining} (null for a PIN without a retry limit) and {@code max} into {@code json}. */
    public static ObjectNode putCounter(ObjectNode json, PinStatus status) {
        if (status.state() == PinStatus.State.NO_LIMIT) {
            json.putNull("remaining");
        } else {
            json.put("remaining", status.remaining());
        }
        return json.put("max", status.max());
    }

    public static ArrayNode json(List<PinStatus> pins) {
        ArrayNode array = Json.array();
        pins.forEach(status -> array.add(json(status)));
        return array;
    }

    /**
     * One row per PIN, then a warning for each PIN on its last try, the way to reset each blocked one
     * and, when one is blocked, how to suspend a lost or stolen card.
     */
    public static void text(TextOutput out, List<PinStatus> pins) {
        Messages messages = out.messages();
        out.row(messages.get("pin-status.header.id"), messages.get("pin-status.header.name"),
                messages.get("pin-status.header.tries"), messages.get("pin-status.header.state"));
        for (PinStatus status : pins) {
            PinKind kind = kind(status);
            out.row(PinKinds.id(kind), messages.get(PinKinds.name(kind)),
                    status.state() == PinStatus.State.NO_LIMIT ? messages.get("pin-status.no-limit")
                            : messages.get("pin-status.tries", status.remaining(), status.max()),
                    messages.get("pin-state." + Json.code(status.state())));
        }
        out.flushTable();
        for (PinStatus status : pins) {
            PinKind kind = kind(status);
            switch (status.state()) {
                case LAST_TRY -> out.line("advice.last-try", PinKinds.name(kind));
                case BLOCKED -> out.line("advice.blocked", PinKinds.name(kind), PinKinds.resetAdvice(kind));
                case VERIFIED -> out.line("advice.verified", PinKinds.name(kind));
                case OK, NO_LIMIT -> { }
            }
        }
        // Someone who tried the PINs may hold the card: say how to stop it being used.
        if (pins.stream().anyMatch(status -> status.state() == PinStatus.State.BLOCKED)) {
            out.line("advice.lost-card");
        }
    }

    private static PinKind kind(PinStatus status) {
        return (PinKind) status.kind();
    }
}
