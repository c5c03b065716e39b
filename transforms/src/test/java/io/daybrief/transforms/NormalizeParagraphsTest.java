package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.Document;
import io.daybrief.model.Paragraph;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class NormalizeParagraphsTest {

  @Test
  void keepsNormalizedParagraphsAndDropsBoilerplate(TestPipeline pipeline) {
    Document document = new Document("d", "2022-03-03", "",
        String.join("\n",
            "More than 1 million people have fled Ukraine, UN officials say. (new window)",
            "",
            "Listen to this article",
            "\u201cWe are ready to conduct talks,\u201d Lavrov said \u2014 but won\u2019t stop.",
            "Source link"),
        "d.txt");
    PCollection<AnalyzedDocument> analyzed = pipeline.apply(Create.of(document)).apply(new NormalizeParagraphs());
    PAssert.thatSingleton(analyzed).satisfies(result -> {
      assertEquals("d", result.id());
      assertEquals("2022-03-03", result.date());
      List<Paragraph> paragraphs = result.paragraphs();
      assertEquals(List.of(0, 2), paragraphs.stream().map(Paragraph::position).toList());
      assertEquals("More than 1 million people have fled Ukraine, UN officials say.", paragraphs.get(0).text());
      assertEquals("\"We are ready to conduct talks,\" Lavrov said - but won't stop.", paragraphs.get(1).text());
      assertNotEquals(paragraphs.get(0).fingerprint(), paragraphs.get(1).fingerprint());
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void copiesThatDifferInQuotesAndArtifactsShareAFingerprint(TestPipeline pipeline) {
    Document plain = new Document("a", "2022-03-03", "",
        "Hour by hour, minute by minute, more people are fleeing the terrifying reality of violence, Grandi said.", "a");
    Document quoted = new Document("b", "2022-03-03", "",
        "\"Hour by hour, minute by minute, more people are fleeing the terrifying reality of violence,\" Grandi said. (new window)",
        "b");
    PCollection<Long> fingerprints = pipeline.apply(Create.of(plain, quoted)).apply(new NormalizeParagraphs())
        .apply(MapElements.into(TypeDescriptors.longs()).via((AnalyzedDocument d) -> d.paragraphs().get(0).fingerprint()));
    PAssert.that(fingerprints).satisfies(values -> {
      Set<Long> distinct = new HashSet<>();
      values.forEach(distinct::add);
      assertEquals(1, distinct.size());
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
