package org.newskg.extract.entities;

/**
 * A span that may refer to an entity, before resolution.
 *
 * @param sentence   sentence index
 * @param begin      first token
 * @param end        token after the last
 * @param head       head token
 * @param text       surface form
 * @param kind       what found it
 * @param nerType    CoreNLP's type for names, else null
 */
record Candidate(int sentence, int begin, int end, int head, String text, Kind kind, String nerType) {

    enum Kind { NAME, GROUP, WORK, NOMINAL, PRONOUN }

    boolean covers(int s, int token) {
        return s == sentence && token >= begin && token < end;
    }

    /** Position for ordering by text. */
    long position() {
        return ((long) sentence << 20) | begin;
    }
}
