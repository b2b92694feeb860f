package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a document across runs, so that a new version replaces the old one and nothing
 * else. Never its position in a feed: an item prepended to a feed must not take the place of the
 * one that was first before.
 *
 * <ul>
 *   <li>a file that is one document: {@code path:FILE};</li>
 *   <li>a feed item with an {@code id}: {@code id:FEED#ID} (ids are unique within their feed);</li>
 *   <li>else with a {@code url}: {@code url:URL} (the article, wherever it is listed);</li>
 *   <li>else its text: {@code sha256:HEX} (an edited item without id or url is a new document).</li>
 * </ul>
 */
public final class Identity {

    private Identity() {
    }

    /** The identity of a file that holds one document. */
    public static String ofFile(String path) {
        return "path:" + path;
    }

    /** The identity of an item of a feed (JSON Lines, JSON array). */
    static String ofItem(String feed, String id, String url, String text) {
        if (id != null && !id.isBlank()) {
            return "id:" + feed + "#" + id;
        }
        if (url != null && !url.isBlank()) {
            return "url:" + url;
        }
        return "sha256:" + sha256(text);
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
