package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes decoded as text: UTF-8 when they are valid UTF-8 (a byte order mark dropped), else
 * Windows-1252, the usual encoding of old Western news files.
 *
 * @param text         the characters, otherwise exactly as in the bytes
 * @param windows1252  true when the bytes were not valid UTF-8 and were read as Windows-1252
 */
record DecodedText(String text, boolean windows1252) {

    /** The warning to give about a Windows-1252 fallback. */
    static final String FALLBACK_WARNING = "not valid UTF-8; read as Windows-1252";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decodes the bytes, strictly as UTF-8 if they allow it. */
    static DecodedText of(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
            return new DecodedText(text, false);
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, start, bytes.length - start, WINDOWS_1252), true);
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }
}
