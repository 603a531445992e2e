/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.sim.image.CardImage;
import dev.mynacard.sim.issue.DefaultCard;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bouncycastle.util.Arrays;

/**
 * The state file parser fed a valid state file mutated byte-wise (flips, cuts, hostile tokens,
 * spliced copies) and tree-wise (any value swapped for a hostile one): every input ends in a card
 * or a {@link CorruptCardStateException}, never another exception, within a generous bound, and
 * loading leaves the file byte for byte as it was.
 */
class CardStateFuzzTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_TOKENS = List.of("\"", "{", "}", "[", "]", ",", ":", "null", "true",
            "-1", "0", "1e999", "-0.0", "99999999999999999999999", "\"\"", "\"٣٣\"", "٣", "\"０１\"", "\"\\u0000\"",
            "\\u", "\"FF\"", "\"0018\"", "[[[[[[[[", "{\"format\":", "\uFEFF", "\u0000", "/*", "NaN");

    private static byte[] valid;
    private static Path dir;

    @BeforeContainer
    static void writeValidState() throws IOException {
        valid = CardStateFile.encode(DefaultCard.image());
        dir = Files.createTempDirectory("state-fuzz");
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 400)
    void byteMutationsEndInACardOrATypedRefusal(@ForAll("byteMutations") List<Mutation> mutations) throws IOException {
        byte[] content = valid;
        for (Mutation mutation : mutations) {
            content = mutation.apply(content);
        }
        loadsOrRefuses(content);
    }

    @Property(tries = 400)
    void treeMutationsEndInACardOrATypedRefusal(@ForAll("nodeIndexes") List<Integer> targets,
            @ForAll("hostileNodes") List<JsonNode> replacements) throws IOException {
        JsonNode tree = JSON.readTree(valid);
        for (int i = 0; i < Math.min(targets.size(), replacements.size()); i++) {
            tree = replace(tree, targets.get(i), replacements.get(i));
        }
        loadsOrRefuses(JSON.writeValueAsBytes(tree));
    }

    /** Loads {@code content} from a file: a card or the typed refusal, in bounded time, the file untouched. */
    private static void loadsOrRefuses(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "card", ".json");
        Files.write(file, content);
        CardImage loaded = assertTimeoutPreemptively(BOUND, () -> {
            try {
                return CardStateFile.load(file);
            } catch (CorruptCardStateException refused) {
                assertNotNull(refused.getMessage());
                return null;
            }
        });
        assertArrayEquals(content, Files.readAllBytes(file), "loading never changes the file");
        if (loaded != null) {
            assertEquals(CardImageDump.of(loaded), CardImageDump.of(CardStateFile.decode(CardStateFile.encode(loaded), file)),
                    "a card that loads saves as itself");
        }
        Files.delete(file);
    }

    /** One byte-level change, at a place given as a fraction of the content's length. */
    record Mutation(Kind kind, double where, int length, int value, String token) {
        enum Kind { FLIP, DELETE, INSERT, TRUNCATE, DUPLICATE }

        byte[] apply(byte[] content) {
            int at = (int) (where * content.length);
            int end = Math.min(content.length, at + length);
            return switch (kind) {
                case FLIP -> {
                    byte[] flipped = content.clone();
                    if (at < flipped.length) {
                        flipped[at] ^= (byte) value;
                    }
                    yield flipped;
                }
                case DELETE -> Arrays.concatenate(slice(content, 0, at), slice(content, end, content.length));
                case INSERT -> Arrays.concatenate(slice(content, 0, at), token.getBytes(StandardCharsets.UTF_8), slice(content, at, content.length));
                case TRUNCATE -> slice(content, 0, at);
                case DUPLICATE -> Arrays.concatenate(slice(content, 0, end), slice(content, at, end), slice(content, end, content.length));
            };
        }
    }

    @Provide
    Arbitrary<List<Mutation>> byteMutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.of(Mutation.Kind.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 2000),
                Arbitraries.integers().between(1, 255),
                Arbitraries.of(HOSTILE_TOKENS)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Integer>> nodeIndexes() {
        return Arbitraries.integers().between(0, 400).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<JsonNode>> hostileNodes() {
        Arbitrary<JsonNode> node = Arbitraries.oneOf(
                Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
                        NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(16),
                        NODES.numberNode(1.5), NODES.numberNode(new BigInteger("1".repeat(400))),
                        NODES.textNode(""), NODES.textNode("0"), NODES.textNode("٣٣"), NODES.textNode("０１"),
                        NODES.textNode("0018"), NODES.textNode("0000"), NODES.textNode("pin"), NODES.textNode("key"),
                        NODES.textNode("binary"), NODES.textNode("record"), NODES.textNode("DIGITS_4"),
                        NODES.textNode("mynacard-card-state"), NODES.textNode("D392F000260100000001"),
                        NODES.textNode("00".repeat(600)), NODES.textNode("F".repeat(1025))),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.strings().ofMaxLength(40).map(NODES::textNode),
                Arbitraries.strings().withChars("0123456789ABCDEFabcdef").ofMaxLength(40).map(NODES::textNode),
                // hex digits mixed with other scripts' digits, which Character.digit also takes
                Arbitraries.strings().withChars("0123456789ABCDEF٠١٢٣٩０１９۳").ofLength(4).map(NODES::textNode));
        return node.list().ofMinSize(1).ofMaxSize(4);
    }

    /** The tree with its {@code index}-th node (depth-first, modulo their number) swapped for {@code replacement}. */
    private static JsonNode replace(JsonNode root, int index, JsonNode replacement) {
        List<JsonNode> parents = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        collect(root, parents, keys);
        if (parents.isEmpty()) {
            return replacement;
        }
        int chosen = index % parents.size();
        JsonNode parent = parents.get(chosen);
        if (parent instanceof ObjectNode object) {
            object.set((String) keys.get(chosen), replacement);
        } else {
            ((ArrayNode) parent).set((Integer) keys.get(chosen), replacement);
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> parents, List<Object> keys) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                parents.add(object);
                keys.add(field.getKey());
                collect(field.getValue(), parents, keys);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                parents.add(array);
                keys.add(i);
                collect(array.get(i), parents, keys);
            }
        }
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, Math.min(from, bytes.length), Math.min(Math.max(from, to), bytes.length));
    }
}
