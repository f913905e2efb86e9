package dev.wsjs.bindings.websockets;

import java.nio.charset.StandardCharsets;

/**
 * Decoding received text, which must be well-formed UTF-8 (RFC 6455 8.1: invalid UTF-8 fails the
 * connection; {@code new String(bytes, UTF_8)} alone would silently substitute U+FFFD).
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The text of {@code b[off, off+len)}, or null when it is not well-formed UTF-8. The JDK's decoder
     * replaces every malformed sequence with U+FFFD ({@link String#String(byte[], int, int, java.nio.charset.Charset)}:
     * truncated sequences, stray continuation bytes, overlongs, surrogates and values above U+10FFFF
     * alike; Utf8Test checks it against {@link #isValid}), so text without U+FFFD came from well-formed
     * input, and only text with one (sent as such, or substituted) is checked byte by byte. Decoding and
     * then searching (both vectorised in the JDK) costs about as much as decoding alone, where
     * validating first added about 450 ns per KiB (ASCII or not) on the benchmark machine.
     */
    static String decode(byte[] b, int off, int len) {
        String s = new String(b, off, len, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 || isValid(b, off, len) ? s : null;
    }

    /** True when {@code b[off, off+len)} is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF). */
    static boolean isValid(byte[] b, int off, int len) {
        int i = off, end = off + len;
        while (i < end) {
            // ASCII fast path, 8 bytes at a time would need Unsafe; a tight loop is good enough here.
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            if (c < 0xc2) return false;
            if (c < 0xe0) {
                if (i + 1 >= end || (b[i + 1] & 0xc0) != 0x80) return false;
                i += 2;
            } else if (c < 0xf0) {
                if (i + 2 >= end) return false;
                int c1 = b[i + 1] & 0xff;
                if ((c1 & 0xc0) != 0x80 || (b[i + 2] & 0xc0) != 0x80) return false;
                if (c == 0xe0 && c1 < 0xa0) return false;          // overlong
                if (c == 0xed && c1 > 0x9f) return false;          // UTF-16 surrogate
                i += 3;
            } else if (c < 0xf5) {
                if (i + 3 >= end) return false;
                int c1 = b[i + 1] & 0xff;
                if ((c1 & 0xc0) != 0x80 || (b[i + 2] & 0xc0) != 0x80 || (b[i + 3] & 0xc0) != 0x80) return false;
                if (c == 0xf0 && c1 < 0x90) return false;          // overlong
                if (c == 0xf4 && c1 > 0x8f) return false;          // above U+10FFFF
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }
}
