package io.marketcast.cli.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows its line and column, read with Jackson's YAML parser. Used to
 * validate scenario files with located messages.
 */
final class Yaml {

    private Yaml() {
    }

    /** A node: a map, a list or a scalar, with where it starts in the file and its dotted path. */
    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();

        int column();

        String path();

        default String kind() {
            return this instanceof MapNode ? "a mapping" : this instanceof ListNode ? "a list" : "a value";
        }
    }

    /** A mapping; {@code keyAt} holds the line and column of each key. */
    record MapNode(int line, int column, String path, Map<String, Node> entries, Map<String, int[]> keyAt)
            implements Node {
    }

    record ListNode(int line, int column, String path, List<Node> items) implements Node {
    }

    /** A scalar: {@code text} is null for YAML null ({@code ~} or nothing). */
    record Scalar(int line, int column, String path, String text, JsonToken token) implements Node {
    }

    /** The longest scenario text, in characters (a scenario file is at most 1 MiB). */
    static final int MAX_CHARS = 1 << 20;

    /** The deepest nesting of mappings and lists. */
    static final int MAX_DEPTH = 20;

    static Node parse(String file, String text) {
        if (text.length() > MAX_CHARS) {
            throw new ScenarioException(file, 0, 0, null, "is " + text.length() + " characters long; the longest"
                    + " scenario read is " + MAX_CHARS);
        }
        LoaderOptions limits = new LoaderOptions();
        limits.setCodePointLimit(MAX_CHARS);
        limits.setMaxAliasesForCollections(0);
        limits.setAllowRecursiveKeys(false);
        limits.setNestingDepthLimit(MAX_DEPTH);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(limits).build();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ScenarioException(file, 1, 1, null, "the file is empty (expected a scenario mapping)");
            }
            Node root = read(file, p, "");
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ScenarioException(file, l.getLineNr(), l.getColumnNr(), null,
                        "more than one YAML document; a scenario file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            throw new ScenarioException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), null,
                    "not valid YAML: " + (nl > 0 ? msg.substring(0, nl) : msg));
        } catch (IOException e) {
            throw new ScenarioException(file, 0, 0, null, "cannot read: " + e.getMessage());
        }
    }

    private static Node read(String file, JsonParser p, String path) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        if (p instanceof YAMLParser y) {
            // Jackson hands an alias over as the plain text of its name: refuse anchors and aliases outright
            if (y.isCurrentAlias()) {
                throw new ScenarioException(file, line, col, path.isEmpty() ? null : path, "YAML aliases (*"
                        + y.getText() + ") are not supported in scenarios; write the value out in full");
            }
            if (y.getObjectId() != null) {
                throw new ScenarioException(file, line, col, path.isEmpty() ? null : path, "YAML anchors (&"
                        + y.getObjectId() + ") are not supported in scenarios; write the value out in full");
            }
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                Map<String, int[]> keyAt = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation kl = p.currentTokenLocation();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    if (m.containsKey(key)) {
                        throw new ScenarioException(file, kl.getLineNr(), kl.getColumnNr(), childPath,
                                "appears twice in the same mapping");
                    }
                    keyAt.put(key, new int[] {kl.getLineNr(), kl.getColumnNr()});
                    p.nextToken();
                    m.put(key, read(file, p, childPath));
                }
                return new MapNode(line, col, path, m, keyAt);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(file, p, path + "[" + i++ + "]"));
                }
                return new ListNode(line, col, path, items);
            }
            case VALUE_NULL -> {
                return new Scalar(line, col, path, null, t);
            }
            default -> {
                return new Scalar(line, col, path, p.getText(), t);
            }
        }
    }
}
