package dev.wsjs.bindings.websockets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@link Utf8#decode} rests on the JDK's decoder substituting U+FFFD for every malformed sequence:
 * checked here against {@link Utf8#isValid}, the byte-by-byte definition, on every sequence of up to
 * three bytes and on four- to eight-byte ones around the boundaries that matter.
 */
class Utf8Test {
    /** decode() agrees with isValid(), and returns what the JDK decodes. */
    private static void check(byte[] b, int off, int len) {
        String s = Utf8.decode(b, off, len);
        if (Utf8.isValid(b, off, len)) {
            if (s == null) fail("well-formed input refused: " + hex(b, off, len));
            assertEquals(new String(b, off, len, StandardCharsets.UTF_8), s);
        } else if (s != null) {
            fail("malformed input accepted: " + hex(b, off, len));
        }
    }

    private static String hex(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = off; i < off + len; i++) sb.append(String.format("%02x ", b[i] & 0xff));
        return sb.toString().trim();
    }

    @Test
    void everySequenceOfUpToThreeBytes() {
        byte[] b = new byte[3];
        for (int x = 0; x < 256; x++) {
            b[0] = (byte) x;
            check(b, 0, 1);
            for (int y = 0; y < 256; y++) {
                b[1] = (byte) y;
                check(b, 0, 2);
                for (int z = 0; z < 256; z++) {
                    b[2] = (byte) z;
                    check(b, 0, 3);
                }
            }
        }
    }

    @Test
    void fourByteSequencesAtTheBoundaries() {
        // Every lead and second byte; third and fourth bytes on both sides of each class boundary.
        int[] edges = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xff};
        byte[] b = new byte[4];
        for (int w = 0; w < 256; w++) {
            for (int x = 0; x < 256; x++) {
                for (int y : edges) {
                    for (int z : edges) {
                        b[0] = (byte) w;
                        b[1] = (byte) x;
                        b[2] = (byte) y;
                        b[3] = (byte) z;
                        check(b, 0, 4);
                    }
                }
            }
        }
    }

    @Test
    void randomLongerSequencesWithAnOffset() {
        // Bytes drawn mostly from valid lead and continuation ranges, so that many are well-formed.
        int[] pool = {0x24, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xc0, 0xf5, 0xff};
        SplittableRandom r = new SplittableRandom(6455);
        byte[] b = new byte[10];
        for (int i = 0; i < 2_000_000; i++) {
            int len = 4 + r.nextInt(5);
            for (int j = 0; j < b.length; j++) b[j] = (byte) pool[r.nextInt(pool.length)];
            check(b, 1, len);
        }
    }

    @Test
    void substitutedAndGenuineReplacementCharacters() {
        byte[] genuine = "a\uFFFDb".getBytes(StandardCharsets.UTF_8);   // EF BF BD, sent as such
        assertEquals("a\uFFFDb", Utf8.decode(genuine, 0, genuine.length));
        byte[][] malformed = {
            {(byte) 0xc3, 0x28}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xe0, (byte) 0x80, (byte) 0xaf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xe2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xff},
        };
        for (byte[] m : malformed) assertNull(Utf8.decode(m, 0, m.length), hex(m, 0, m.length));
    }
}
