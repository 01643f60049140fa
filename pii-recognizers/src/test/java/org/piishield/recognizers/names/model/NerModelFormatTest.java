package org.piishield.recognizers.names.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NerModelFormatTest {

  private static final String NAME = "/test/ner-model.bin";

  private static NerModel sample() {
    float[] w = new float[NerLabels.STRIDE << 6];
    for (int i = 0; i < w.length; i += 5) {
      w[i] = (i % 11) - 5.25f;
    }
    return new NerModel(6, w);
  }

  private static byte[] bytes(NerModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.save(out);
    return out.toByteArray();
  }

  @Test
  void load_savedModel_hasSameWeightsAndBytes() throws IOException {
    NerModel m = sample();
    byte[] saved = bytes(m);
    NerModel back = NerModel.load(new ByteArrayInputStream(saved), NAME);
    assertArrayEquals(m.weights(), back.weights());
    assertArrayEquals(saved, bytes(back));
  }

  @Test
  void load_flippedWeightByte_failsNamingResource() throws IOException {
    byte[] b = bytes(sample());
    b[b.length - 3] ^= 0x5A;
    IOException e = assertThrows(IOException.class, () -> NerModel.load(new ByteArrayInputStream(b), NAME));
    assertTrue(e.getMessage().startsWith("corrupt NER model " + NAME + ": "), e.getMessage());
  }

  @Test
  void load_truncated_failsNamingResource() throws IOException {
    byte[] b = Arrays.copyOf(bytes(sample()), 30);
    IOException e = assertThrows(IOException.class, () -> NerModel.load(new ByteArrayInputStream(b), NAME));
    assertTrue(e.getMessage().equals("corrupt NER model " + NAME + ": truncated"), e.getMessage());
  }

  @Test
  void load_otherFile_failsOnMagic() {
    byte[] b = "PK\u0003\u0004 not a model at all, just text".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    IOException e = assertThrows(IOException.class, () -> NerModel.load(new ByteArrayInputStream(b), NAME));
    assertTrue(e.getMessage().contains(NAME) && e.getMessage().contains("bad magic"), e.getMessage());
  }

  @Test
  void load_newerVersion_saysWhichVersion() throws IOException {
    byte[] b = bytes(sample());
    b[7] = 9; // version int, big-endian, after the 4-byte magic
    IOException e = assertThrows(IOException.class, () -> NerModel.load(new ByteArrayInputStream(b), NAME));
    assertTrue(e.getMessage().contains("version 9"), e.getMessage());
  }
}
