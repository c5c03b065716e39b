package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.Paragraph;
import io.daybrief.model.Sentence;
import io.daybrief.text.Fingerprints;
import io.daybrief.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small hand-made documents for transform tests. */
final class Fixtures {
  private Fixtures() {}

  /** A paragraph of one sentence whose terms are its lower-cased words. */
  static Paragraph paragraph(int position, String text) {
    List<String> terms = Arrays.stream(text.toLowerCase().replaceAll("[^a-z0-9 ]", "").split(" "))
        .filter(t -> !t.isEmpty()).toList();
    long fingerprint = Fingerprints.of(TextNormalizer.canonical(text));
    return new Paragraph(position, text, fingerprint, List.of(new Sentence(text, terms)));
  }

  static AnalyzedDocument document(String id, String date, String... paragraphs) {
    List<Paragraph> list = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) {
      list.add(paragraph(i, paragraphs[i]));
    }
    return new AnalyzedDocument(id, date, list);
  }
}
