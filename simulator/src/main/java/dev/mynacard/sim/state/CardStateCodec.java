/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.sim.image.Application;
import dev.mynacard.sim.image.BinaryFile;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.image.ElementaryFile;
import dev.mynacard.sim.image.KeyFile;
import dev.mynacard.sim.image.PinFile;
import dev.mynacard.sim.image.PinFormat;
import dev.mynacard.sim.image.RecordFile;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The card state file format, version 1: JSON, bytes as upper-case hex, FIDs as 4 hex digits.
 *
 * <pre>
 * { "format": "mynacard-card-state", "version": 1,
 *   "applications": [ { "aid": "D392F000260100000001", "files": [
 *       { "fid": "0018", "type": "pin", "format": "DIGITS_4", "maxTries": 3, "triesLeft": 3, "value": "31323334" },
 *       { "fid": "000A", "type": "binary", "readAccess": [], "content": "3082…" },
 *       { "fid": "0001", "type": "record", "readAccess": [], "records": [ "011C…" ] },
 *       { "fid": "0017", "type": "key", "usePin": "0018", "modulus": "…", "publicExponent": "010001",
 *         "p": "…", "q": "…", "dp": "…", "dq": "…", "qInv": "…" } ] } ] }
 * </pre>
 *
 * Decoding checks every field and reports the first problem by its JSON path, never by quoting it.
 */
final class CardStateCodec {
    static final String FORMAT = "mynacard-card-state";
    static final int VERSION = 1;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CardStateCodec() {
    }

    static void encode(CardImage image, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode applications = root.putArray("applications");
        for (Application application : image.applications()) {
            ObjectNode app = applications.addObject();
            app.put("aid", HEX.formatHex(application.aid()));
            ArrayNode files = app.putArray("files");
            for (ElementaryFile file : application.files()) {
                encodeFile(file, files.addObject());
            }
        }
        MAPPER.writeValue(out, root);
    }

    private static void encodeFile(ElementaryFile file, ObjectNode node) {
        node.put("fid", fid(file.fid()));
        if (file instanceof PinFile pin) {
            node.put("type", "pin");
            node.put("format", pin.format().name());
            node.put("maxTries", pin.maxTries());
            node.put("triesLeft", pin.triesLeft());
            node.put("value", HEX.formatHex(pin.value()));
        } else if (file instanceof BinaryFile binary) {
            node.put("type", "binary");
            fids(node.putArray("readAccess"), binary.readAccess());
            node.put("content", HEX.formatHex(binary.content()));
        } else if (file instanceof RecordFile record) {
            node.put("type", "record");
            fids(node.putArray("readAccess"), record.readAccess());
            ArrayNode records = node.putArray("records");
            record.records().forEach(r -> records.add(HEX.formatHex(r)));
        } else {
            KeyFile key = (KeyFile) file;
            KeyFile.RsaCrtKey k = key.key();
            node.put("type", "key");
            node.put("usePin", fid(key.usePin()));
            node.put("modulus", unsigned(k.modulus()));
            node.put("publicExponent", unsigned(k.publicExponent()));
            node.put("p", unsigned(k.p()));
            node.put("q", unsigned(k.q()));
            node.put("dp", unsigned(k.dp()));
            node.put("dq", unsigned(k.dq()));
            node.put("qInv", unsigned(k.qInv()));
        }
    }

    /** Decodes a whole file; {@code source} names it in error messages. */
    static CardImage decode(byte[] json, String source) throws CorruptCardStateException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new CorruptCardStateException(source + " is not valid JSON" + where
                    + " (truncated or damaged); it was left as it is");
        } catch (IOException e) {
            throw new CorruptCardStateException(source + " cannot be parsed; it was left as it is");
        }
        return new Reader(source).image(root);
    }

    private static String fid(int fid) {
        return String.format("%04X", fid);
    }

    private static void fids(ArrayNode array, List<Integer> fids) {
        fids.forEach(f -> array.add(fid(f)));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        return HEX.formatHex(bytes, skip, bytes.length);
    }

    /** Walks a parsed tree, naming each node by its path for error messages. */
    private record Reader(String source) {
        CardImage image(JsonNode root) throws CorruptCardStateException {
            if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
                throw new CorruptCardStateException(source + " is not a mynacard card state file"
                        + " (no \"format\": \"" + FORMAT + "\"); it was left as it is");
            }
            int version = integer(root, "version", "version", 1, Integer.MAX_VALUE);
            if (version != VERSION) {
                throw new CorruptCardStateException(source + " has format version " + version
                        + ", this mynacard reads version " + VERSION + "; it was left as it is");
            }
            List<Application> applications = new ArrayList<>();
            Set<String> aids = new HashSet<>();
            JsonNode apps = array(root, "applications", "applications");
            for (int i = 0; i < apps.size(); i++) {
                String path = "applications[" + i + "]";
                JsonNode app = object(apps.get(i), path);
                byte[] aid = hex(app, "aid", path + ".aid", 5, 16);
                if (!aids.add(HEX.formatHex(aid))) {
                    throw corrupt(path + ".aid", "the same AID appears twice");
                }
                applications.add(new Application(aid, files(array(app, "files", path + ".files"), path + ".files")));
            }
            return new CardImage(applications);
        }

        private List<ElementaryFile> files(JsonNode files, String path) throws CorruptCardStateException {
            List<ElementaryFile> result = new ArrayList<>();
            Set<Integer> fids = new HashSet<>();
            for (int i = 0; i < files.size(); i++) {
                String at = path + "[" + i + "]";
                ElementaryFile file = file(object(files.get(i), at), at);
                if (!fids.add(file.fid())) {
                    throw corrupt(at + ".fid", "the same FID appears twice in one application");
                }
                result.add(file);
            }
            return result;
        }

        private ElementaryFile file(JsonNode node, String path) throws CorruptCardStateException {
            int fid = fid(node, "fid", path + ".fid");
            String type = text(node, "type", path + ".type");
            switch (type) {
                case "pin" -> {
                    PinFormat format = pinFormat(node, path + ".format");
                    int maxTries = integer(node, "maxTries", path + ".maxTries", 1, 15);
                    int triesLeft = integer(node, "triesLeft", path + ".triesLeft", 0, maxTries);
                    return new PinFile(fid, hex(node, "value", path + ".value", 1, 16), format, maxTries, triesLeft);
                }
                case "binary" -> {
                    return new BinaryFile(fid, hex(node, "content", path + ".content", 0, 0x7FFF),
                            fidList(node, "readAccess", path + ".readAccess"));
                }
                case "record" -> {
                    JsonNode records = array(node, "records", path + ".records");
                    List<byte[]> values = new ArrayList<>();
                    for (int i = 0; i < records.size(); i++) {
                        values.add(hexValue(records.get(i), path + ".records[" + i + "]", 1, 255));
                    }
                    return new RecordFile(fid, values, fidList(node, "readAccess", path + ".readAccess"));
                }
                case "key" -> {
                    KeyFile.RsaCrtKey key = new KeyFile.RsaCrtKey(number(node, "modulus", path),
                            number(node, "publicExponent", path), number(node, "p", path), number(node, "q", path),
                            number(node, "dp", path), number(node, "dq", path), number(node, "qInv", path));
                    if (!key.p().multiply(key.q()).equals(key.modulus())) {
                        throw corrupt(path, "the key's primes do not multiply to its modulus");
                    }
                    return new KeyFile(fid, key, fid(node, "usePin", path + ".usePin"));
                }
                default -> throw corrupt(path + ".type", "expected pin, binary, record or key");
            }
        }

        private PinFormat pinFormat(JsonNode node, String path) throws CorruptCardStateException {
            String name = text(node, "format", path);
            for (PinFormat format : PinFormat.values()) {
                if (format.name().equals(name)) {
                    return format;
                }
            }
            throw corrupt(path, "unknown PIN format");
        }

        private List<Integer> fidList(JsonNode node, String field, String path) throws CorruptCardStateException {
            JsonNode array = array(node, field, path);
            List<Integer> fids = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                fids.add(fidValue(array.get(i), path + "[" + i + "]"));
            }
            return fids;
        }

        private int fid(JsonNode node, String field, String path) throws CorruptCardStateException {
            return fidValue(node.get(field), path);
        }

        private int fidValue(JsonNode value, String path) throws CorruptCardStateException {
            byte[] bytes = hexValue(value, path, 2, 2);
            return ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
        }

        private BigInteger number(JsonNode node, String field, String path) throws CorruptCardStateException {
            BigInteger value = new BigInteger(1, hex(node, field, path + "." + field, 1, 512));
            if (value.signum() == 0) {
                throw corrupt(path + "." + field, "must not be zero");
            }
            return value;
        }

        private byte[] hex(JsonNode node, String field, String path, int min, int max)
                throws CorruptCardStateException {
            return hexValue(node.get(field), path, min, max);
        }

        private byte[] hexValue(JsonNode value, String path, int min, int max) throws CorruptCardStateException {
            if (value == null || !value.isTextual()) {
                throw corrupt(path, "expected a hex string");
            }
            String text = value.asText();
            // ASCII only: Character.digit also takes other scripts' digits, which HexFormat refuses
            if (text.length() % 2 != 0 || !text.chars().allMatch(c -> c < 0x80 && Character.digit(c, 16) >= 0)) {
                throw corrupt(path, "expected an even number of hex digits");
            }
            int length = text.length() / 2;
            if (length < min || length > max) {
                throw corrupt(path, "expected " + min + ".." + max + " bytes, found " + length);
            }
            return HexFormat.of().parseHex(text);
        }

        private String text(JsonNode node, String field, String path) throws CorruptCardStateException {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw corrupt(path, "expected a string");
            }
            return value.asText();
        }

        private int integer(JsonNode node, String field, String path, int min, int max)
                throws CorruptCardStateException {
            JsonNode value = node.get(field);
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()
                    || value.intValue() < min || value.intValue() > max) {
                throw corrupt(path, "expected an integer " + min + ".." + max);
            }
            return value.intValue();
        }

        private JsonNode array(JsonNode node, String field, String path) throws CorruptCardStateException {
            JsonNode value = node.get(field);
            if (value == null || !value.isArray()) {
                throw corrupt(path, "expected an array");
            }
            return value;
        }

        private JsonNode object(JsonNode value, String path) throws CorruptCardStateException {
            if (value == null || !value.isObject()) {
                throw corrupt(path, "expected an object");
            }
            return value;
        }

        private CorruptCardStateException corrupt(String path, String problem) {
            return new CorruptCardStateException(source + " is damaged at " + path + ": " + problem
                    + "; it was left as it is");
        }
    }
}
