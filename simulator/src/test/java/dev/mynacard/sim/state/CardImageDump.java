/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.RecordFile;
import java.util.HexFormat;

/**
 * Every byte and number of a card image as text, so that two images compare field by field (the
 * image records hold arrays, whose equals is identity) and a difference shows where it is.
 */
public final class CardImageDump {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private CardImageDump() {
    }

    public static String of(CardImage image) {
        StringBuilder out = new StringBuilder();
        for (Application app : image.applications()) {
            out.append("application ").append(HEX.formatHex(app.aid())).append('\n');
            for (ElementaryFile file : app.files()) {
                out.append("  ").append(String.format("%04X ", file.fid())).append(describe(file)).append('\n');
            }
        }
        return out.toString();
    }

    /** The tries left on the PIN EF {@code fid} (the first application that has one). */
    public static int triesLeft(CardImage image, int fid) {
        return image.applications().stream().flatMap(application -> application.files().stream())
                .filter(file -> file instanceof PinFile pin && pin.fid() == fid)
                .mapToInt(file -> ((PinFile) file).triesLeft()).findFirst().orElseThrow();
    }

    private static String describe(ElementaryFile file) {
        if (file instanceof BinaryFile b) {
            return "binary access=" + b.readAccess() + " " + HEX.formatHex(b.content());
        }
        if (file instanceof RecordFile r) {
            StringBuilder records = new StringBuilder();
            r.records().forEach(rec -> records.append(' ').append(HEX.formatHex(rec)));
            return "records access=" + r.readAccess() + records;
        }
        if (file instanceof PinFile p) {
            return "pin " + p.format() + " " + p.triesLeft() + "/" + p.maxTries() + " " + HEX.formatHex(p.value());
        }
        KeyFile k = (KeyFile) file;
        KeyFile.RsaCrtKey key = k.key();
        return "key usePin=" + k.usePin() + " n=" + key.modulus().toString(16) + " e=" + key.publicExponent()
                + " p=" + key.p().toString(16) + " q=" + key.q().toString(16) + " dp=" + key.dp().toString(16)
                + " dq=" + key.dq().toString(16) + " qinv=" + key.qInv().toString(16);
    }
}
