package org.newskg.annotate;

import java.util.Objects;
import java.util.Optional;

/**
 * What an annotation points at: a passage of a document, given by the words themselves with
 * a little text around them (a {@code TextQuoteSelector}) and, when known, by its position
 * (a {@code TextPositionSelector}, in Unicode code points of the document's text).
 *
 * @param source   the annotated resource: the document's original location if known, else its IRI
 * @param exact    the passage
 * @param prefix   the text just before the passage, possibly empty
 * @param suffix   the text just after the passage, possibly empty
 * @param position where the passage starts and ends, if known
 */
record Target(String source, String exact, String prefix, String suffix, Optional<Position> position) {

    Target {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(position, "position");
    }

    /**
     * A start and an end offset in code points, end exclusive.
     *
     * @param start offset of the passage's first code point
     * @param end   offset just after its last code point
     */
    record Position(int start, int end) {
    }

    /**
     * The passage {@code [begin, end)} of a text, offsets in code points, with up to
     * {@code width} code points either side; empty when the offsets fall outside the text.
     */
    static Optional<Target> cut(String source, String text, int begin, int end, int width) {
        int length = text.codePointCount(0, text.length());
        if (begin < 0 || end < begin || end > length) {
            return Optional.empty();
        }
        int b = text.offsetByCodePoints(0, begin);
        int e = text.offsetByCodePoints(b, end - begin);
        int before = text.offsetByCodePoints(0, Math.max(0, begin - width));
        int after = text.offsetByCodePoints(e, Math.min(width, length - end));
        return Optional.of(new Target(source, text.substring(b, e), text.substring(before, b),
                text.substring(e, after), Optional.of(new Position(begin, end))));
    }
}
