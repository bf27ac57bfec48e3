package io.marketcast.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one way a user's text file is read: size-limited before and while reading, decoded as strict UTF-8 and every
 * problem a located {@link DataException} ({@code FILE[:LINE]: what is wrong}) instead of an OutOfMemoryError or a
 * decoder's "Input length = 2".
 *
 * <ul>
 *   <li>The limit is checked on the file's size before reading and again while reading (a device or a growing
 *       file reports no size); the message says the limit.</li>
 *   <li>A UTF-8 byte-order mark is dropped; a UTF-16 or UTF-32 byte-order mark is refused ("save it as UTF-8").</li>
 *   <li>Bytes that are not UTF-8 are reported with their line and column; a NUL byte as binary data.</li>
 * </ul>
 */
public final class TextFiles {

    /** The largest data file read (CSV of segments, market, rates, competitions, fit --csv, chart tables): 64 MiB. */
    public static final long MAX_DATA_BYTES = 64L << 20;

    /** The largest scenario file read: 1 MiB. */
    public static final long MAX_SCENARIO_BYTES = 1L << 20;

    private TextFiles() {
    }

    /**
     * The text of {@code file}, at most {@code maxBytes} long.
     *
     * @param what what the file is, for the size message ("data file", "scenario file")
     * @throws DataException when the file is missing, a folder, unreadable, larger than {@code maxBytes}, binary or
     *                       not UTF-8
     */
    public static String read(Path file, long maxBytes, String what) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DataException(name, 0, null, "is a folder, not a file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size + " bytes", maxBytes, what);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (NoSuchFileException e) {
            throw new DataException(name, 0, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new DataException(name, 0, null, "cannot read: permission denied");
        } catch (IOException e) {
            throw new DataException(name, 0, null, "cannot read: " + reason(e));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name, "larger than " + maxBytes + " bytes", maxBytes, what);
        }
        return decode(name, bytes);
    }

    private static DataException tooLarge(String name, String size, long max, String what) {
        return new DataException(name, 0, null, "is " + size + "; the largest " + what + " read is " + max + " bytes");
    }

    /** The OS's reason for an I/O failure: the exception's reason, or its kind when it has none. */
    public static String reason(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or folder";
            case "FileAlreadyExistsException" -> "a file of that name exists";
            case "NotDirectoryException" -> "not a folder";
            case "DirectoryNotEmptyException" -> "folder not empty";
            case "FileSystemException" -> null;
            default -> null;
        };
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        if (kind != null && (reason == null || reason.isBlank())) {
            return kind;
        }
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return kind == null || reason.toLowerCase(java.util.Locale.ROOT).contains(kind) ? reason : kind + " (" + reason
                + ")";
    }

    /**
     * {@code bytes} as UTF-8 text without a byte-order mark.
     *
     * @throws DataException for a UTF-16/32 byte-order mark, a NUL byte or bytes that are not UTF-8, located by line
     *                       and column
     */
    public static String decode(String name, byte[] bytes) {
        int n = bytes.length;
        if (n >= 4 && (bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xff) == 0xFE && (bytes[3] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE && bytes[2] == 0 && bytes[3] == 0)) {
            throw new DataException(name, 0, null, "is UTF-32 text (it starts with a UTF-32 byte-order mark); save it"
                    + " as UTF-8");
        }
        if (n >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            throw new DataException(name, 0, null, "is UTF-16 text (it starts with a UTF-16 byte-order mark); save it"
                    + " as UTF-8");
        }
        int start = n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                ? 3 : 0;
        for (int i = start; i < n; i++) {
            if (bytes[i] == 0) {
                int[] at = lineColumn(bytes, start, i);
                throw new DataException(name, at[0], null, "column " + at[1] + ": a NUL byte: this is binary data,"
                        + " not text" + (i + 1 < n && bytes[i + 1] != 0 || i > start && bytes[i - 1] != 0
                        ? " (or UTF-16 text without a byte-order mark; save it as UTF-8)" : ""));
            }
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, n - start);
        CharBuffer out = CharBuffer.allocate(n - start);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int[] at = lineColumn(bytes, start, bad);
            throw new DataException(name, at[0], null, "column " + at[1] + ": byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + " is not UTF-8 (save the file as UTF-8)");
        }
        try {
            CoderResult f = dec.flush(out);
            if (f.isError()) {
                f.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new DataException(name, 0, null, "is not UTF-8 text (save the file as UTF-8)");
        }
        out.flip();
        return out.toString();
    }

    /** 1-based line and column (in characters, counting each UTF-8 sequence once) of byte {@code pos}. */
    private static int[] lineColumn(byte[] bytes, int start, int pos) {
        int line = 1;
        int col = 1;
        for (int i = start; i < pos; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\n') {
                line++;
                col = 1;
            } else if ((b & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
