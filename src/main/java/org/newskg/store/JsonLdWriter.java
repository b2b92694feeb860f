package org.newskg.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.util.Context;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

/**
 * JSON-LD with the prefixes in its {@code @context}: Jena 5's JSON-LD 1.1 writer gives
 * expanded JSON-LD only, so this compacts it with Titanium (Jena's own JSON-LD engine).
 * Builds the document in memory.
 */
final class JsonLdWriter {

    private JsonLdWriter() {
    }

    static void write(OutputStream out, Graph graph, PrefixMap prefixes) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriterRegistry.getWriterGraphFactory(RDFFormat.JSONLD11_PLAIN).create(RDFFormat.JSONLD11_PLAIN)
                .write(expanded, graph, prefixes, null, Context.emptyContext());
        JsonObject compacted = compact(expanded.toByteArray(), context(prefixes));
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text);
        json.write(compacted);
        try {
            text.write('\n');
            text.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonObject context(PrefixMap prefixes) {
        JsonObjectBuilder terms = Json.createObjectBuilder();
        prefixes.getMapping().forEach(terms::add);
        return Json.createObjectBuilder().add("@context", terms).build();
    }

    private static JsonObject compact(byte[] expanded, JsonObject context) {
        try {
            return JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded)), JsonDocument.of(context)).get();
        } catch (JsonLdError e) {
            throw new StoreException("JSON-LD export failed: " + KgStore.firstLine(e), e);
        }
    }
}
