package dev.wsjs.bindings.websockets;

/**
 * UTF-8 helpers for the hot path: validation of received text messages (RFC 6455 8.1: invalid UTF-8
 * fails the connection; {@code new String(bytes, UTF_8)} would silently substitute U+FFFD) and the
 * encoded length of outgoing strings for {@code bufferedAmount}, both without allocating.
 */
final class Utf8 {
    private Utf8() {
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

    /** The UTF-8 length of {@code s}; a lone surrogate counts 3 bytes (it is sent as U+FFFD). */
    static int encodedLength(String s) {
        int n = s.length(), bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            if (c < 0x800) {
                bytes += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 2;   // 4 bytes for 2 chars
                i++;
            } else {
                bytes += 2;
            }
        }
        return bytes;
    }
}
