package io.daybrief.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output partitioned by date: {@code <output>/date=YYYY-MM-DD/summary.json}, the date's line of
 * summaries.jsonl. A run replaces the partitions of the dates it summarized, each by an atomic
 * rename of a complete file, and leaves every other partition as it was; so the partitions
 * accumulate an archive's summaries over nightly runs, while summaries.jsonl holds one run's.
 */
final class OutputPartitions {
  static final String FILE_NAME = "summary.json";
  private static final String TEMPORARY_PREFIX = "." + FILE_NAME + ".";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputPartitions() {}

  static Path partition(Path output, String date) {
    return output.resolve("date=" + date);
  }

  /**
   * Writes one partition per line of {@code summaries} (summaries.jsonl as committed).
   *
   * @return per date, its document count, in the order of the file
   */
  static Map<String, Long> write(Path output, Path summaries, String runId) throws IOException {
    Map<String, Long> documents = new LinkedHashMap<>();
    for (String line : Files.readAllLines(summaries, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode summary = JSON.readTree(line);
      String date = summary.get("date").asText();
      documents.put(date, summary.path("documents").asLong());
      Path directory = Files.createDirectories(partition(output, date));
      Path temporary = directory.resolve(TEMPORARY_PREFIX + runId + ".tmp");
      Files.writeString(temporary, line + "\n", StandardCharsets.UTF_8);
      Files.move(temporary, directory.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    return documents;
  }

  /** Removes the temporary files that killed runs left in the partitions. */
  static void deleteTemporaries(Path output) throws IOException {
    if (!Files.isDirectory(output)) {
      return;
    }
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> partitions = Files.newDirectoryStream(output, "date=*")) {
      for (Path partition : partitions) {
        if (Files.isDirectory(partition)) {
          try (DirectoryStream<Path> files = Files.newDirectoryStream(partition, TEMPORARY_PREFIX + "*.tmp")) {
            files.forEach(leftovers::add);
          }
        }
      }
    }
    for (Path leftover : leftovers) {
      Files.deleteIfExists(leftover);
    }
  }
}
