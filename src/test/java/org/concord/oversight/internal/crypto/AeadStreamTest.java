package org.concord.oversight.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An attachment sealed as a stream opens like one sealed whole: same form, same key and context rules. */
class AeadStreamTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 65_535, 65_536, 65_537, 5 * 1024 * 1024 + 3})
    void aStreamSealedChunkByChunkOpensWithTheKeyAndContext(int size) throws IOException {
        byte[] key = Aead.newKey();
        byte[] plaintext = new byte[size];
        new Random(size).nextBytes(plaintext);
        byte[] sealed;
        try (InputStream in = Aead.sealing(key, new ByteArrayInputStream(plaintext), "report:1:attachment:2")) {
            sealed = in.readAllBytes();
        }
        assertThat(sealed).hasSize(1 + 12 + size + 16);
        assertThat(Aead.open(key, sealed, "report:1:attachment:2")).isEqualTo(plaintext);
        assertThatThrownBy(() -> Aead.open(key, sealed, "report:1:attachment:3"))
                .isInstanceOf(Aead.WrongKeyException.class);
        assertThatThrownBy(() -> Aead.open(Aead.newKey(), sealed, "report:1:attachment:2"))
                .isInstanceOf(Aead.WrongKeyException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 4096})
    void readingByteByByteOrInSmallPiecesGivesTheSameSealedForm(int piece) throws IOException {
        byte[] key = Aead.newKey();
        byte[] plaintext = new byte[200_000];
        new Random(piece).nextBytes(plaintext);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (InputStream in = Aead.sealing(key, new ByteArrayInputStream(plaintext), "c")) {
            if (piece == 1) {
                for (int b; (b = in.read()) >= 0; ) {
                    out.write(b);
                }
            } else {
                byte[] buffer = new byte[piece];
                for (int n; (n = in.read(buffer, 0, piece)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            }
        }
        assertThat(Aead.open(key, out.toByteArray(), "c")).isEqualTo(plaintext);
    }
}
