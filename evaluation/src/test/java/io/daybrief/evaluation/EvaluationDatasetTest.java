package io.daybrief.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationDatasetTest {
  @TempDir Path dataset;

  private void write(String relativePath, String... lines) throws IOException {
    Path file = dataset.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines));
  }

  @Test
  void readsTopicsAndOneTaskPerReferenceFileInNumericOrder() throws IOException {
    write("beta/docs.jsonl",
        "{\"id\": \"b-1\", \"date\": \"2011-02-01\", \"title\": \"\", \"text\": \"Crowds gathered.\"}");
    write("beta/refs-1.jsonl", "{\"date\": \"2011-02-01\", \"sentences\": [\"Crowds gathered in the square.\"]}");
    write("alpha/docs.jsonl", "{\"id\": \"a-1\", \"date\": \"2010-01-12\", \"title\": \"\", \"text\": \"Quake.\"}");
    write("alpha/refs-10.jsonl", "{\"date\": \"2010-01-14\", \"sentences\": [\"x\"]}");
    write("alpha/refs-2.jsonl",
        "{\"date\": \"2010-01-15\", \"sentences\": [\"c\"]}",
        "{\"date\": \"2010-01-12\", \"sentences\": [\"a\", \"b\"]}");
    write("alpha/refs_index.tsv", "refs-2.jsonl\tsomewhere");
    write("notes/readme.txt", "not a topic");

    List<Topic> topics = EvaluationDataset.topics(dataset);

    assertEquals(List.of("alpha", "beta"), topics.stream().map(Topic::name).toList());
    Topic alpha = topics.get(0);
    assertEquals(dataset.resolve("alpha/docs.jsonl"), alpha.documents());
    assertEquals(List.of("alpha/refs-2", "alpha/refs-10"), alpha.tasks().stream().map(Task::name).toList());
    Task refs2 = alpha.tasks().get(0);
    assertEquals(List.of("2010-01-12", "2010-01-15"), List.copyOf(refs2.reference().keySet()));
    assertEquals(List.of("a", "b"), refs2.reference().get("2010-01-12"));
  }

  @Test
  void readsDocuments() throws IOException {
    write("t/docs.jsonl",
        "{\"id\": \"t-2\", \"date\": \"2010-01-13\", \"title\": \"\", \"text\": \"Line one.\\nLine two.\"}",
        "",
        "{\"id\": \"t-1\", \"date\": \"2010-01-12\", \"text\": \"Only line.\"}");

    assertEquals(
        List.of(
            new DatasetDocument("t-2", "2010-01-13", "Line one.\nLine two."),
            new DatasetDocument("t-1", "2010-01-12", "Only line.")),
        EvaluationDataset.documents(dataset.resolve("t/docs.jsonl")));
  }

  @Test
  void reportsTheFileAndLineOfABadDate() throws IOException {
    write("t/docs.jsonl", "{\"id\": \"t-1\", \"date\": \"12/01/2010\", \"text\": \"x\"}");

    IOException error =
        assertThrows(IOException.class, () -> EvaluationDataset.documents(dataset.resolve("t/docs.jsonl")));
    assertTrue(error.getMessage().contains("docs.jsonl:1"), error.getMessage());
  }

  @Test
  void rejectsATopicWithoutReferences() throws IOException {
    write("t/docs.jsonl", "{\"id\": \"t-1\", \"date\": \"2010-01-12\", \"text\": \"x\"}");

    assertThrows(IOException.class, () -> EvaluationDataset.topics(dataset));
  }

  @Test
  void rejectsAnEmptyReferenceTimeline() throws IOException {
    write("t/docs.jsonl", "{\"id\": \"t-1\", \"date\": \"2010-01-12\", \"text\": \"x\"}");
    write("t/refs-1.jsonl", "");

    assertThrows(IOException.class, () -> EvaluationDataset.topics(dataset));
  }

  @Test
  void rejectsADateListedTwice() throws IOException {
    write("t/docs.jsonl", "{\"id\": \"t-1\", \"date\": \"2010-01-12\", \"text\": \"x\"}");
    write("t/refs-1.jsonl",
        "{\"date\": \"2010-01-12\", \"sentences\": [\"a\"]}",
        "{\"date\": \"2010-01-12\", \"sentences\": [\"b\"]}");

    assertThrows(IOException.class, () -> EvaluationDataset.topics(dataset));
  }
}
