/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.card;

import dev.mynacard.core.card.MynaApplication;
import dev.mynacard.core.pin.PinKind;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.issue.Pins;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What {@code mynacard sim} reads from and changes in a simulated card's image. */
public final class SimulatorImages {
    private SimulatorImages() {
    }

    /** The image with every retry counter (the four PINs and the 照合番号) back at its maximum. */
    public static CardImage withFullCounters(CardImage image) {
        return new CardImage(image.applications().stream()
                .map(application -> new Application(application.aid(), application.files().stream()
                        .map(SimulatorImages::fullCounter).toList()))
                .toList());
    }

    private static ElementaryFile fullCounter(ElementaryFile file) {
        return file instanceof PinFile pin
                ? new PinFile(pin.fid(), pin.value(), pin.format(), pin.maxTries(), pin.maxTries())
                : file;
    }

    /**
     * For each PIN the card has, whether it still has the documented default value ({@link
     * Pins#DEFAULT}); for the 住基 PIN, in both of its copies. The values themselves stay in the image.
     */
    public static Map<PinKind, Boolean> stillDefault(CardImage image) {
        Map<PinKind, Boolean> result = new EnumMap<>(PinKind.class);
        for (Application application : image.applications()) {
            for (ElementaryFile file : application.files()) {
                if (file instanceof PinFile pin) {
                    kindOf(application.aid(), pin.fid()).ifPresent(kind -> result.merge(kind,
                            Arrays.equals(pin.value(), defaultValue(kind)), Boolean::logicalAnd));
                }
            }
        }
        return result;
    }

    private static Optional<PinKind> kindOf(byte[] aid, int fid) {
        for (PinKind kind : PinKind.values()) {
            boolean inApplication = Arrays.equals(aid, kind.application().aid())
                    || (kind == PinKind.JUKI && Arrays.equals(aid, MynaApplication.JUKI.aid()));
            if (inApplication && fid == kind.fid()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static byte[] defaultValue(PinKind kind) {
        String value = switch (kind) {
            case AUTH -> Pins.DEFAULT.auth();
            case SIGN -> Pins.DEFAULT.signPassword();
            case TEXT -> Pins.DEFAULT.text();
            case JUKI -> Pins.DEFAULT.juki();
        };
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
