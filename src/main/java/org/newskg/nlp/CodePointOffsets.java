package org.newskg.nlp;

/** Converts UTF-16 offsets (what CoreNLP reports) into code-point offsets of one text. */
final class CodePointOffsets {

    private final int[] codePointAt;

    CodePointOffsets(String text) {
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    /** The code-point offset of a UTF-16 offset. */
    int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 >= codePointAt.length) {
            throw new IndexOutOfBoundsException("offset " + utf16 + " outside text of length " + (codePointAt.length - 1));
        }
        return codePointAt[utf16];
    }
}
