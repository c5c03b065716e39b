package io.daybrief.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.storage.Storage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output partitioned by date: {@code <output>/date=YYYY-MM-DD/summary.json}, the date's line of
 * summaries.jsonl. A run replaces the partitions of the dates it summarized, each by an atomic
 * rename of a complete file, and leaves every other partition as it was; so the partitions
 * accumulate an archive's summaries over nightly runs, while summaries.jsonl holds one run's.
 * Local or {@code hdfs://} output directories alike (see {@link Storage}).
 */
final class OutputPartitions {
  static final String FILE_NAME = "summary.json";
  private static final String TEMPORARY_PREFIX = "." + FILE_NAME + ".";
  private static final ObjectMapper JSON = new ObjectMapper();

  private OutputPartitions() {}

  static Path partition(Path output, String date) {
    return output.resolve(partitionName(date));
  }

  private static String partitionName(String date) {
    return "date=" + date;
  }

  static Map<String, Long> write(Path output, Path summaries, String runId) throws IOException {
    return write(output.toString(), summaries.toString(), runId);
  }

  /**
   * Writes one partition per line of {@code summaries} (summaries.jsonl as committed).
   *
   * @return per date, its document count, in the order of the file
   */
  static Map<String, Long> write(String output, String summaries, String runId) throws IOException {
    Storage storage = Storage.of(output);
    Map<String, Long> documents = new LinkedHashMap<>();
    for (String line : storage.readString(summaries).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode summary = JSON.readTree(line);
      String date = summary.get("date").asText();
      documents.put(date, summary.path("documents").asLong());
      String directory = storage.resolve(output, partitionName(date));
      storage.createDirectories(directory);
      String temporary = storage.resolve(directory, TEMPORARY_PREFIX + runId + ".tmp");
      storage.writeString(temporary, line + "\n");
      storage.replace(temporary, storage.resolve(directory, FILE_NAME));
    }
    return documents;
  }

  static void deleteTemporaries(Path output) throws IOException {
    deleteTemporaries(output.toString());
  }

  /** Removes the temporary files that killed runs left in the partitions. */
  static void deleteTemporaries(String output) throws IOException {
    Storage storage = Storage.of(output);
    if (!storage.isDirectory(output)) {
      return;
    }
    for (String partition : storage.list(output)) {
      if (storage.fileName(partition).startsWith("date=") && storage.isDirectory(partition)) {
        for (String file : storage.list(partition)) {
          String name = storage.fileName(file);
          if (name.startsWith(TEMPORARY_PREFIX) && name.endsWith(".tmp")) {
            storage.deleteIfExists(file);
          }
        }
      }
    }
  }
}
