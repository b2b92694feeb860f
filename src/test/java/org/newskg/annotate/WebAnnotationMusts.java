package org.newskg.annotate;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The MUST assertions of the W3C Web Annotation Data Model test suite
 * ({@code annotation-model/annotations/annotationMusts.test} in web-platform-tests: the 14
 * assertions it lists, under their ids) plus the MUSTs of sections 4.1 and 4.2 for the Specific
 * Resources and the two selectors the export writes. Written here from the specification
 * (https://www.w3.org/TR/annotation-model/), not copied from the suite's JSON schemas.
 * A small fake only in that it is a checker, not the suite's runner: it reads the exported JSON.
 */
final class WebAnnotationMusts {

    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    private static final Pattern UTC_DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Set<String> COLLECTION_TYPES = Set.of("Choice", "Composite", "List", "Independents");

    private WebAnnotationMusts() {
    }

    /** The failed assertions of one annotation, as "assertion-id: what is wrong"; empty when it passes. */
    static List<String> failures(JsonObject a) {
        List<String> f = new ArrayList<>();
        check(f, "3.1-annotationContextValidated", contextValid(a.get("@context")));
        check(f, "3.1-annotationIdValidated", a.containsKey("id") && isUri(a.get("id")));
        check(f, "3.1-annotationTypeValidated", hasType(a.get("type"), "Annotation"));
        check(f, "3.1-targetKeyFound", a.containsKey("target"));
        check(f, "3.2-targetObjectsRecognized", a.containsKey("target")
                && each(a.get("target"), WebAnnotationMusts::targetRecognized));
        check(f, "3.2.5-notBodyBodyValue", !(a.containsKey("body") && a.containsKey("bodyValue")));
        check(f, "3.2-bodyObjectsRecognized", !a.containsKey("body") || each(a.get("body"), WebAnnotationMusts::bodyRecognized));
        check(f, "3.2.5-bodyValueValidated", !a.containsKey("bodyValue") || a.get("bodyValue") instanceof JsonString);
        for (String key : List.of("created", "modified", "generated")) {
            check(f, "3.3.1-annotation" + capitalized(key) + "Validated", !a.containsKey(key)
                    || a.get(key) instanceof JsonString s && UTC_DATE_TIME.matcher(s.getString()).matches());
        }
        check(f, "3.3.6-annotationRightsValidated", !a.containsKey("rights") || each(a.get("rights"), WebAnnotationMusts::isUri));
        check(f, "3.3.7-annotationCanonicalValidated", !a.containsKey("canonical") || isUri(a.get("canonical")));
        check(f, "3.3.7-annotationViaValidated", !a.containsKey("via") || each(a.get("via"), WebAnnotationMusts::isUri));
        if (a.containsKey("target")) {
            forEach(a.get("target"), t -> specificResourceMusts(f, t));
        }
        return f;
    }

    private static void check(List<String> failures, String id, boolean passed) {
        if (!passed) {
            failures.add(id);
        }
    }

    /** Section 3.1: anno.jsonld as the string, or among 1+ values of an array. */
    private static boolean contextValid(JsonValue c) {
        if (c instanceof JsonString s) {
            return s.getString().equals(ANNO_CONTEXT);
        }
        return c != null && c.getValueType() == JsonValue.ValueType.ARRAY && c.asJsonArray().size() > 1
                && c.asJsonArray().stream().anyMatch(v -> v instanceof JsonString s && s.getString().equals(ANNO_CONTEXT));
    }

    /** Section 3.2: a body is an IRI, a Textual Body, an External Web Resource, a Specific Resource or a collection, exactly one. */
    private static boolean bodyRecognized(JsonValue b) {
        if (b instanceof JsonString) {
            return isUri(b);
        }
        if (!(b instanceof JsonObject o)) {
            return false;
        }
        int kinds = (textualBody(o) ? 1 : 0) + (externalWebResource(o) ? 1 : 0) + (specificResource(o) ? 1 : 0)
                + (collection(o) ? 1 : 0);
        return kinds == 1;
    }

    private static boolean targetRecognized(JsonValue t) {
        if (t instanceof JsonString) {
            return isUri(t);
        }
        if (!(t instanceof JsonObject o)) {
            return false;
        }
        int kinds = (externalWebResource(o) ? 1 : 0) + (specificResource(o) ? 1 : 0) + (collection(o) ? 1 : 0);
        return kinds == 1;
    }

    /** 3.2.4: an embedded textual body has a string value. */
    private static boolean textualBody(JsonObject o) {
        return o.get("value") instanceof JsonString;
    }

    /** 3.2.1: an External Web Resource is identified by an IRI and carries no value, source or target. */
    private static boolean externalWebResource(JsonObject o) {
        return o.containsKey("id") && isUri(o.get("id"))
                && !o.containsKey("value") && !o.containsKey("source") && !o.containsKey("target")
                && !collection(o);
    }

    /** 4: a Specific Resource has a source. */
    private static boolean specificResource(JsonObject o) {
        return o.containsKey("source");
    }

    /** 3.2.7, 3.2.8: Choice, Composite, List, Independents, with items. */
    private static boolean collection(JsonObject o) {
        return o.containsKey("items") && COLLECTION_TYPES.stream().anyMatch(t -> hasType(o.get("type"), t));
    }

    /** 4, 4.2.4, 4.2.5: exactly one source (IRI or resource); TextQuoteSelector has exact; positions are non-negative integers, start <= end. */
    private static void specificResourceMusts(List<String> f, JsonValue t) {
        if (!(t instanceof JsonObject o) || !o.containsKey("source")) {
            return;
        }
        JsonValue source = o.get("source");
        check(f, "4-specificResourceSourceSingle", source instanceof JsonString ? isUri(source)
                : source instanceof JsonObject so && so.containsKey("id") && isUri(so.get("id")));
        if (!o.containsKey("selector")) {
            return;
        }
        forEach(o.get("selector"), s -> {
            if (!(s instanceof JsonObject sel) || !(sel.get("type") instanceof JsonString type)) {
                f.add("4.2-selectorTypeFound");
                return;
            }
            switch (type.getString()) {
                case "TextQuoteSelector" -> check(f, "4.2.4-textQuoteSelectorExact", sel.get("exact") instanceof JsonString);
                case "TextPositionSelector" -> {
                    boolean ok = nonNegativeInteger(sel.get("start")) && nonNegativeInteger(sel.get("end"))
                            && ((JsonNumber) sel.get("start")).longValueExact() <= ((JsonNumber) sel.get("end")).longValueExact();
                    check(f, "4.2.5-textPositionSelectorStartEnd", ok);
                }
                default -> { }
            }
        });
    }

    private static boolean nonNegativeInteger(JsonValue v) {
        return v instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0;
    }

    private static boolean hasType(JsonValue type, String wanted) {
        if (type instanceof JsonString s) {
            return s.getString().equals(wanted);
        }
        return type != null && type.getValueType() == JsonValue.ValueType.ARRAY
                && type.asJsonArray().stream().anyMatch(v -> v instanceof JsonString s && s.getString().equals(wanted));
    }

    /** A single string that is an absolute IRI. */
    private static boolean isUri(JsonValue v) {
        if (!(v instanceof JsonString s)) {
            return false;
        }
        try {
            URI uri = new URI(s.getString());
            return uri.isAbsolute();
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean each(JsonValue v, java.util.function.Predicate<JsonValue> test) {
        if (v.getValueType() == JsonValue.ValueType.ARRAY) {
            return !v.asJsonArray().isEmpty() && v.asJsonArray().stream().allMatch(test);
        }
        return test.test(v);
    }

    private static void forEach(JsonValue v, java.util.function.Consumer<JsonValue> action) {
        if (v.getValueType() == JsonValue.ValueType.ARRAY) {
            v.asJsonArray().forEach(action);
        } else {
            action.accept(v);
        }
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
