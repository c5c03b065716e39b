package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.DayDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class WriteDateCountsTest {

  @Test
  void countsDocumentsAndKeptParagraphsPerDateInDateOrder(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    AnalyzedDocument allCopies = new AnalyzedDocument("b", "2022-03-03", List.of());
    pipeline.apply(Create.of(
            new DayDocuments("undated", List.of(Fixtures.document("u", "undated", "One."))),
            new DayDocuments("2022-03-03", List.of(Fixtures.document("a", "2022-03-03", "One.", "Two.", "Three."), allCopies)),
            new DayDocuments("2022-03-02", List.of(Fixtures.document("c", "2022-03-02", "One.", "Two.")))))
        .apply(new WriteDateCounts(dir.toString(), "test-run"));
    pipeline.run().waitUntilFinish();
    assertEquals(List.of(
            "{\"date\":\"2022-03-02\",\"documents\":1,\"paragraphs\":2}",
            "{\"date\":\"2022-03-03\",\"documents\":2,\"paragraphs\":3}",
            "{\"date\":\"undated\",\"documents\":1,\"paragraphs\":1}"),
        Files.readAllLines(dir.resolve("dates.jsonl"), StandardCharsets.UTF_8));
  }
}
