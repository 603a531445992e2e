/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.core.pdf;

import dev.mynacard.core.sign.DigestAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * A description of a PDF object and what it references, to compare an object across two
 * revisions: dictionaries with sorted keys, streams by the digest of their raw bytes. Links back up
 * the tree ({@code /P}, {@code /Parent}) are not followed; objects already seen and nesting deeper
 * than {@value #MAX_DEPTH} are cut short, and all walks of one comparison share a budget of
 * objects, so a hostile graph costs bounded time and memory.
 */
final class ObjectWalk {
    static final int MAX_DEPTH = 64;
    private static final Set<COSName> UPWARD = Set.of(COSName.P, COSName.PARENT);

    /** The objects the walks of one comparison may still visit. */
    static final class Budget {
        private long remaining;

        Budget(long objects) {
            this.remaining = objects;
        }
    }

    /** The budget ran out: the documents are too large to compare. */
    static final class BudgetExhausted extends RuntimeException {
        BudgetExhausted() {
            super("more PDF objects than a comparison visits", null, false, false);
        }
    }

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final StringBuilder out = new StringBuilder();
    private final Budget budget;

    ObjectWalk(Budget budget) {
        this.budget = budget;
    }

    String describe(COSBase object) throws IOException {
        walk(object, 0);
        return out.toString();
    }

    private void walk(COSBase value, int depth) throws IOException {
        COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
        if (--budget.remaining < 0) {
            throw new BudgetExhausted();
        }
        if (depth > MAX_DEPTH) {
            out.append('~');
            return;
        }
        if (object instanceof COSDictionary || object instanceof COSArray) {
            if (!seen.add(object)) {
                out.append('^');
                return;
            }
        }
        if (object instanceof COSStream stream) {
            out.append("stream:").append(rawDigest(stream));
        }
        if (object instanceof COSDictionary dictionary) {
            Map<String, COSBase> sorted = new TreeMap<>();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                if (!UPWARD.contains(entry.getKey())) {
                    sorted.put(entry.getKey().getName(), entry.getValue());
                }
            }
            out.append('<');
            for (Map.Entry<String, COSBase> entry : sorted.entrySet()) {
                out.append('/').append(entry.getKey()).append(' ');
                walk(entry.getValue(), depth + 1);
            }
            out.append('>');
        } else if (object instanceof COSArray array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), depth + 1);
                out.append(' ');
            }
            out.append(']');
        } else {
            out.append(object == null ? "null" : object.toString());
        }
    }

    private static String rawDigest(COSStream stream) throws IOException {
        try (InputStream raw = stream.createRawInputStream()) {
            return HexFormat.of().formatHex(DigestAlgorithm.SHA256.digest(raw.readAllBytes()));
        }
    }
}
