package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.Paragraph;
import io.daybrief.model.Sentence;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class SplitSentencesTest {

  @Test
  void splitsParagraphsIntoSentencesWithTerms(TestPipeline pipeline) {
    Paragraph paragraph = new Paragraph(3,
        "Russian Foreign Minister Sergey Lavrov said the U.N. refugee agency was wrong. Refugees kept fleeing.",
        42L, List.of());
    AnalyzedDocument document = new AnalyzedDocument("d", "2022-03-03", List.of(paragraph));
    PCollection<AnalyzedDocument> split = pipeline.apply(Create.of(document)).apply(new SplitSentences());
    PAssert.thatSingleton(split).satisfies(result -> {
      Paragraph analyzed = result.paragraphs().get(0);
      assertEquals(3, analyzed.position());
      assertEquals(42L, analyzed.fingerprint());
      List<Sentence> sentences = analyzed.sentences();
      assertEquals(2, sentences.size());
      assertEquals("Russian Foreign Minister Sergey Lavrov said the U.N. refugee agency was wrong.", sentences.get(0).text());
      assertEquals("Refugees kept fleeing.", sentences.get(1).text());
      assertTrue(sentences.get(0).terms().contains("lavrov"), sentences.get(0).terms().toString());
      assertTrue(sentences.get(1).terms().contains("refuge"), sentences.get(1).terms().toString());
      assertTrue(!sentences.get(0).terms().contains("the"));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }
}
