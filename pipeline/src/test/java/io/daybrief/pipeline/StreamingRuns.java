package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the streaming tests compare: final summaries against batch runs that end at their date. */
final class StreamingRuns {
  /** The dated seeds, in date order: what a stream of the seeds can summarize. */
  static final List<String> DATED_SEEDS_IN_DATE_ORDER =
      List.of("003_03d647aee531422a.txt", "000_80c4707803dd9771.txt", "001_eff9f256ee551618.txt");
  static final List<String> SEED_DATES = List.of("2022-03-02", "2022-03-03");
  /** Dated by report: the lead of the 2022-03-02 article reports on the day before too. */
  static final List<String> REPORTED_SEED_DATES = List.of("2022-03-01", "2022-03-02", "2022-03-03");

  private StreamingRuns() {}

  /** A streaming summary line without the two fields that batch does not have. */
  static String withoutRevision(String json) {
    // Keys are in alphabetical order: "importance" comes between "final" and "revision".
    return json.strip().replaceFirst(",\"final\":(true|false)", "").replaceFirst(",\"revision\":\\d+", "");
  }

  /** The batch job's summary of each date d dated by publication, from a run over {@code inputs} with {@code --to=d}. */
  static Map<String, String> batchSummaries(Path work, List<String> dates, String... inputs) throws IOException {
    return batchSummaries(work, dates, "published", 0, inputs);
  }

  /**
   * The batch job's summary of each date d, from a run over {@code inputs} with {@code --dateBy}
   * and {@code --to=d+daysAfter} (a stream's lateness: the articles that may still report on d).
   */
  static Map<String, String> batchSummaries(Path work, List<String> dates, String dateBy, int daysAfter,
      String... inputs) throws IOException {
    Map<String, String> byDate = new TreeMap<>();
    for (String date : dates) {
      String to = LocalDate.parse(date).plusDays(daysAfter).toString();
      Path out = work.resolve("batch-" + dateBy + "-" + date + "-to-" + to);
      String[] args = Stream.concat(
          Stream.of(inputs).map(input -> "--input=" + input),
          Stream.of("--output=" + out, "--to=" + to, "--dateBy=" + dateBy)).toArray(String[]::new);
      Runs run = Runs.main(args);
      assertEquals(0, run.exitCode(), run.toString());
      for (String line : Files.readAllLines(out.resolve("summaries.jsonl"))) {
        if (line.startsWith("{\"date\":\"" + date + "\"")) {
          byDate.put(date, line);
        }
      }
    }
    return byDate;
  }

  /** {@code latest/<date>.json} of a streaming output, without revision and final, by date. */
  static Map<String, String> latest(Path output) throws IOException {
    Map<String, String> byDate = new TreeMap<>();
    try (Stream<Path> files = Files.list(output.resolve("latest"))) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
        byDate.put(file.getFileName().toString().replace(".json", ""), withoutRevision(Files.readString(file)));
      }
    }
    return byDate;
  }
}
