package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns one JSON object with fields {@code id}, {@code url}, {@code title}, {@code date} and
 * {@code text} into a document; shared by the JSON and JSON Lines readers.
 */
final class JsonArticles {

    private final Admission admission;
    private final SizeLimit limit;
    private final ObjectMapper mapper;
    private final int maxStringLength;

    JsonArticles(SizeLimit limit, Admission admission) {
        this.admission = admission;
        this.limit = limit;
        // a string of 2 * maxChars UTF-16 units may still be within the limit: let Jackson read it
        long wanted = Math.max(StreamReadConstraints.DEFAULT_MAX_STRING_LEN, 2L * limit.maxChars() + 1);
        this.maxStringLength = (int) Math.min(Integer.MAX_VALUE - 16, wanted);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringLength).build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** The mapper to parse with, its limits fitted to the size limit. */
    ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The real reason Jackson refused a document: a string too long for the size limit, nesting
     * deeper than it reads, or a number too long.
     */
    String constraintBroken(com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("nesting depth")) {
            return "JSON nested more than " + StreamReadConstraints.DEFAULT_MAX_DEPTH
                    + " levels deep; an article is one object with string fields";
        }
        if (m.contains("Number value length") || m.contains("number")) {
            return "a JSON number longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits";
        }
        return limit.longerThan(maxStringLength, "characters in one JSON string");
    }

    /** The longest JSON string the mapper reads. */
    int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Emits the document in the node, or a problem.
     *
     * @param node     a parsed JSON value
     * @param location where it is, for problems ("feed.jsonl:12")
     * @param feed     the file of a feed item (JSON Lines, JSON array), identified by id, url or
     *                 text; null for a file that is one document, identified by its path
     * @param notes    warnings already found about it
     */
    void admit(JsonNode node, String location, String feed, List<String> notes, Consumer<Input> sink) {
        if (!node.isObject()) {
            sink.accept(new Input.Problem(location, "not a JSON object", false));
            return;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            JsonNode id = node.get("id");
            String which = id == null || id.isNull() ? "" : " (id " + (id.isTextual() ? id.textValue() : id) + ")";
            sink.accept(new Input.Problem(location, "no string \"text\" field" + which, false));
            return;
        }
        String url = string(node, "url");
        String source = url == null || url.isBlank() ? location : url;
        String identity = feed == null ? null : Identity.ofItem(feed, id(node), url, text.textValue());
        admission.admit(new Candidate(location, text.textValue(), string(node, "title"), string(node, "date"),
                source, notes, identity), sink);
    }

    /** The item's id, a string or a number, or null. */
    private static String id(JsonNode node) {
        JsonNode id = node.get("id");
        if (id == null || !(id.isTextual() || id.isNumber())) {
            return null;
        }
        String s = id.isTextual() ? id.textValue() : id.asText();
        return s.isBlank() ? null : s;
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
