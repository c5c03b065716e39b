package io.daybrief.text;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each stage has its own linear-time test; these chain them the way a document goes through the
 * job, from bytes to terms, so that no hand-off between stages (a line split, a re-join) hides
 * quadratic work. Every input of {@link Adversarial} is 1 MB on a single line or of short lines.
 */
class HostilePathTest {
  private final ParagraphExtractor extractor = new ParagraphExtractor();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TermAnalyzer analyzer = new TermAnalyzer();

  @AfterEach
  void close() {
    analyzer.close();
  }

  @Test
  void plainTextFromBytesToTerms() {
    Adversarial.assertLinear(text -> {
      try {
        PlainTextFormat.PlainText parsed = PlainTextFormat.parse(TextDecoding.decode(bytes(" date 2022-03-02 " + text)));
        return analyze(parsed.body());
      } catch (InvalidInputException e) {
        return e.getMessage();
      }
    });
  }

  @Test
  void jsonLinesFromBytesToTerms() {
    Adversarial.assertLinear(text -> {
      byte[] line = bytes("{\"id\":\"a\",\"date\":\"2022-03-02\",\"title\":\"T\",\"text\":\""
          + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"}");
      try {
        LineReader lines = new LineReader(new ByteArrayInputStream(line), 4 << 20);
        JsonLinesFormat.JsonRecord record = JsonLinesFormat.parse(TextDecoding.decode(lines.next()));
        return analyze(record.text());
      } catch (InvalidInputException | IOException e) {
        return e.getMessage();
      }
    });
  }

  /** Dates from the opening lines, blocks, normalization, boilerplate, sentences, terms: the document path of the job. */
  private int analyze(String body) {
    DateExtractor.firstDate(body);
    int terms = 0;
    for (ParagraphExtractor.Block block : extractor.extract("", body).kept()) {
      Fingerprints.of(TextNormalizer.canonical(block.text()));
      for (String sentence : splitter.split(block.text())) {
        terms += NearDuplicates.shingles(analyzer.terms(sentence)).length;
      }
    }
    return terms;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
