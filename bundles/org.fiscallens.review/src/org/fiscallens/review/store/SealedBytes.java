package org.fiscallens.review.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.fiscallens.review.CorruptFileException;

/**
 * A trailer that makes a file self-checking: content + magic + length + CRC32C. Used for the index, which has no
 * other file to hold its checksum; any truncation or flipped bit is then reported instead of parsed.
 */
public final class SealedBytes {
    private static final byte[] MAGIC = "FLSEAL01".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = MAGIC.length + Long.BYTES + Long.BYTES;

    private SealedBytes() {
    }

    public static byte[] seal(byte[] content) {
        ByteBuffer out = ByteBuffer.allocate(content.length + TRAILER);
        out.put(content).put(MAGIC).putLong(content.length).putLong(StoreResourceSet.checksum(content));
        return out.array();
    }

    /** The content of a sealed file. */
    public static byte[] open(Path file, byte[] sealed) throws CorruptFileException {
        if (sealed.length < TRAILER) {
            throw new CorruptFileException(file, "truncated (" + sealed.length + " bytes)", null);
        }
        ByteBuffer trailer = ByteBuffer.wrap(sealed, sealed.length - TRAILER, TRAILER);
        byte[] magic = new byte[MAGIC.length];
        trailer.get(magic);
        long length = trailer.getLong();
        long crc = trailer.getLong();
        if (!Arrays.equals(magic, MAGIC) || length != sealed.length - TRAILER) {
            throw new CorruptFileException(file, "truncated or not written by FiscalLens", null);
        }
        byte[] content = Arrays.copyOf(sealed, (int) length);
        if (StoreResourceSet.checksum(content) != crc) {
            throw new CorruptFileException(file, "checksum mismatch (damaged)", null);
        }
        return content;
    }
}
