package io.daybrief.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class ReadDocumentsTest {

  @Test
  void readsEveryFormatAndRejectsWhatItCannotUse(TestPipeline pipeline, @TempDir Path dir) throws IOException {
    write(dir.resolve("a.txt"), " date 2022-03-03 The latest:\nMore than 1 million people have fled Ukraine.");
    write(dir.resolve("b"), "No header here.\nSecond line.");
    write(dir.resolve("c.jsonl"), String.join("\n",
        "{\"id\":\"c1\",\"date\":\"2022-03-02T23:30:00Z\",\"title\":\"Title\",\"text\":\"First.\"}",
        "{\"id\":\"c2\", \"text\": broken",
        "",
        "{\"text\":\"No id or date.\"}",
        "[1,2]",
        "{\"id\":\"c5\",\"date\":\"yesterday\",\"text\":\"Bad date.\"}"));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("d.txt.gz")))) {
      gz.write("date 2022-03-01 Compressed article.".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("e.bin"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("f.txt"), new byte[] {'P', 'K', 0, 1});
    write(dir.resolve("g.txt"), "  \n ");
    write(dir.resolve(".hidden.txt"), "never read");

    PCollectionTuple read =
        pipeline.apply(ReadDocuments.from(List.of(dir.toString()), "Europe/Kyiv"));

    String base = dir.toAbsolutePath() + "/";
    PAssert.that(read.get(ReadDocuments.DOCUMENTS)).containsInAnyOrder(
        new Document("a", "2022-03-03", "", "The latest:\nMore than 1 million people have fled Ukraine.", base + "a.txt"),
        new Document("b", null, "", "No header here.\nSecond line.", base + "b"),
        new Document("c1", "2022-03-03", "Title", "First.", base + "c.jsonl:1"),
        new Document("c:4", null, "", "No id or date.", base + "c.jsonl:4"),
        new Document("d", "2022-03-01", "", "Compressed article.", base + "d.txt.gz"));
    PAssert.that(
            read.get(ReadDocuments.REJECTED)
                .apply(MapElements.into(TypeDescriptors.strings())
                    .via((Rejected r) -> r.source().substring(base.length()) + "|" + r.line() + "|" + r.reason())))
        .containsInAnyOrder(
            "c.jsonl|2|malformed JSON: Unrecognized token 'broken': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "c.jsonl|5|not a JSON object",
            "c.jsonl|6|invalid date 'yesterday'",
            "e.bin|0|unsupported file type '.bin' (expected .txt, .jsonl, no extension, or those with .gz/.bz2)",
            "f.txt|0|binary content: NUL byte at offset 2",
            "g.txt|0|empty: no text");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void directoriesStandForEveryFileBelowThem(@TempDir Path dir) {
    assertEquals(dir + "/**", ReadDocuments.asPattern(dir.toString()));
    assertEquals("gs://bucket/archive/**", ReadDocuments.asPattern("gs://bucket/archive/"));
    assertEquals(dir + "/*.txt", ReadDocuments.asPattern(dir + "/*.txt"));
  }

  private static void write(Path path, String text) throws IOException {
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}
