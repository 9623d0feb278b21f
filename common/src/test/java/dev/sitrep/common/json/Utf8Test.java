package dev.sitrep.common.json;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {

    @Test
    @DisplayName("agrees with the JDK's strict decoder on every one- to four-byte sequence after ASCII of any length")
    void shouldAgreeWithTheJdkOnShortSequences() {
        for (int prefix = 0; prefix <= 9; prefix++) {
            for (int b0 = 0; b0 < 256; b0++) {
                for (int b1 : new int[] {-1, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}) {
                    for (int b2 : new int[] {-1, 0x41, 0x80, 0xBF, 0xC0}) {
                        for (int b3 : new int[] {-1, 0x80, 0xBF, 0xC0}) {
                            byte[] bytes = bytes(prefix, b0, b1, b2, b3);
                            assertThat(Utf8.isWellFormed(bytes)).as(java.util.Arrays.toString(bytes))
                                    .isEqualTo(jdkAccepts(bytes));
                        }
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("agrees with the JDK's strict decoder on random text and on random bytes")
    void shouldAgreeWithTheJdkOnRandomInput() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                int kind = random.nextInt(4);
                s.appendCodePoint(kind == 0 ? 0x20 + random.nextInt(0x5F)
                        : kind == 1 ? 0x80 + random.nextInt(0x780)
                        : kind == 2 ? 0x800 + random.nextInt(0xD000)
                        : 0x10000 + random.nextInt(0xFFFFF));
            }
            byte[] good = s.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8.isWellFormed(good)).isTrue();
            if (good.length > 0) {
                good[random.nextInt(good.length)] = (byte) random.nextInt(256);
                assertThat(Utf8.isWellFormed(good)).as(java.util.Arrays.toString(good)).isEqualTo(jdkAccepts(good));
            }
            byte[] junk = new byte[random.nextInt(20)];
            random.nextBytes(junk);
            assertThat(Utf8.isWellFormed(junk)).as(java.util.Arrays.toString(junk)).isEqualTo(jdkAccepts(junk));
        }
    }

    private static byte[] bytes(int asciiPrefix, int... tail) {
        ByteBuffer out = ByteBuffer.allocate(asciiPrefix + tail.length);
        for (int i = 0; i < asciiPrefix; i++) {
            out.put((byte) 'a');
        }
        for (int b : tail) {
            if (b >= 0) {
                out.put((byte) b);
            }
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
