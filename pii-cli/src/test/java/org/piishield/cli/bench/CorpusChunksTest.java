package org.piishield.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusChunksTest {

  @Test
  void split_corpus_chunksEndAtBlankLinesAndConcatenateBack() {
    String corpus = new MixedCorpus(3).generate(200_000);

    List<String> chunks = CorpusChunks.split(corpus, 16_000);

    assertEquals(corpus, String.join("", chunks));
    for (int i = 0; i < chunks.size() - 1; i++) {
      String c = chunks.get(i);
      assertTrue(c.length() >= 16_000 && c.endsWith("\n\n"), "chunk " + i + " of " + c.length() + " chars");
    }
  }

  @Test
  void generate_sameSeed_sameText() {
    assertEquals(new MixedCorpus(5).generate(50_000), new MixedCorpus(5).generate(50_000));
  }
}
