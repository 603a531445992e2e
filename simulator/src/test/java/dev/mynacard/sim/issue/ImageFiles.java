/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.issue;

import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import java.util.HexFormat;
import java.util.Optional;

/** Looks EFs up in a card image by AID and FID. */
final class ImageFiles {
    private ImageFiles() {
    }

    static Optional<ElementaryFile> find(CardImage image, String aid, int fid) {
        return application(image, aid).files().stream().filter(f -> f.fid() == fid).findFirst();
    }

    static <T extends ElementaryFile> T get(CardImage image, String aid, int fid, Class<T> type) {
        ElementaryFile file = find(image, aid, fid)
                .orElseThrow(() -> new AssertionError(String.format("no EF %04X under %s", fid, aid)));
        return type.cast(file);
    }

    static Application application(CardImage image, String aid) {
        return image.applications().stream()
                .filter(a -> HexFormat.of().withUpperCase().formatHex(a.aid()).equals(aid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no application " + aid));
    }
}
