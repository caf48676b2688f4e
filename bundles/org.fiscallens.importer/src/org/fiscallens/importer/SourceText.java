package org.fiscallens.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The decoded text of one source file, split into lines (1-based), with how it was decoded.
 * UTF-8 (with or without BOM) is tried first; anything that is not valid UTF-8 is read as GB18030 (a superset of GBK).
 */
final class SourceText {

    private static final Charset GB18030 = Charset.forName("GB18030");

    final String encoding;
    final String sha256;
    final long size;
    final boolean binary;
    final boolean decodedWithErrors;
    private final List<String> lines;
    /** Table lines by line number, parsed on first use: the locators and readers ask for the same lines again and again. */
    private GridLine[] grids;

    private SourceText(String encoding, String sha256, long size, boolean binary, boolean decodedWithErrors, List<String> lines) {
        this.encoding = encoding;
        this.sha256 = sha256;
        this.size = size;
        this.binary = binary;
        this.decodedWithErrors = decodedWithErrors;
        this.lines = lines;
    }

    static SourceText decode(byte[] bytes) {
        String sha = sha256(bytes);
        if (looksBinary(bytes)) {
            return new SourceText("binary", sha, bytes.length, true, false, List.of());
        }
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return new SourceText("UTF-8", sha, bytes.length, false, false, utf8Lines(bytes, offset));
        } catch (CharacterCodingException notUtf8) {
            String text;
            String encoding;
            boolean errors;
            if (onlyTheEndIsCut(bytes, offset)) {
                // a UTF-8 file cut in the middle of a character: still UTF-8, the importer reports the truncation
                text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
                encoding = "UTF-8";
                errors = true;
            } else {
                CharBuffer decoded = decodeLeniently(bytes, GB18030);
                text = decoded.toString();
                encoding = "GB18030";
                errors = text.indexOf('\uFFFD') >= 0;
            }
            return new SourceText(encoding, sha, bytes.length, false, errors, splitLines(text));
        }
    }

    /**
     * The lines of strict UTF-8, decoded one by one straight from the bytes: no copy of the whole text. Line breaks are
     * ASCII bytes that never occur inside a multi-byte character, so the lines are those of the decoded text, and the
     * file is valid exactly when every line is. The JDK decodes each line, replacing what is not UTF-8 with U+FFFD;
     * only a line with U+FFFD goes through the strict decoder, which says whether it was invalid or a real U+FFFD.
     */
    private static List<String> utf8Lines(byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder strict = strictDecoder(StandardCharsets.UTF_8);
        List<String> result = new ArrayList<>(bytes.length / 32 + 16);
        int start = offset;
        int n = bytes.length;
        for (int i = offset; i <= n; i++) {
            byte b = i < n ? bytes[i] : (byte) '\n';
            if (b == '\n' || b == '\r') {
                if (i < n || start < n) {
                    String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                    if (line.indexOf('\uFFFD') >= 0) {
                        line = strict.decode(ByteBuffer.wrap(bytes, start, i - start)).toString();
                    }
                    result.add(line);
                }
                if (b == '\r' && i + 1 < n && bytes[i + 1] == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return result;
    }

    int lineCount() {
        return lines.size();
    }

    /** The text of a 1-based line; empty for lines outside the file. */
    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    List<String> lines() {
        return lines;
    }

    /** The cells of a 1-based line, or null when it is not a table line (see {@link GridLine#parse}). */
    GridLine grid(int number) {
        if (number < 1 || number > lines.size()) {
            return null;
        }
        if (grids == null) {
            grids = new GridLine[lines.size()];
        }
        GridLine g = grids[number - 1];
        if (g == null) {
            g = GridLine.parse(number, lines.get(number - 1));
            grids[number - 1] = g == null ? GridLine.NONE : g;
        }
        return g == GridLine.NONE ? null : g;
    }

    private static List<String> splitLines(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            result.add(text.substring(start));
        }
        return result;
    }

    /** NUL bytes or many control characters: not a text extraction. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20) {
                continue; // nearly every byte: one test
            }
            if (b == 0) {
                return true;
            }
            if (b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    private static boolean onlyTheEndIsCut(byte[] bytes, int offset) {
        int cut = Math.max(offset, bytes.length - 3);
        try {
            for (int end = bytes.length; end >= cut; end--) {
                try {
                    strictDecoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, end - offset));
                    return end < bytes.length;
                } catch (CharacterCodingException e) {
                    // try one byte less
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static CharBuffer decodeLeniently(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen with REPLACE
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
