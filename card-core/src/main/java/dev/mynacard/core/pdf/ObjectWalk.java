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
 * the tree ({@code /P}, {@code /Parent}) are not followed; objects already seen, nesting deeper than
 * {@value #MAX_DEPTH} and anything after {@value #MAX_NODES} objects are cut short, so a hostile
 * graph costs bounded time and memory.
 */
final class ObjectWalk {
    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 100_000;
    private static final Set<COSName> UPWARD = Set.of(COSName.P, COSName.PARENT);

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final StringBuilder out = new StringBuilder();
    private int nodes;

    String describe(COSBase object) throws IOException {
        walk(object, 0);
        return out.toString();
    }

    private void walk(COSBase value, int depth) throws IOException {
        COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
        if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
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
