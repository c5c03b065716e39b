package io.daybrief.digest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.text.DateKeys;
import io.daybrief.transforms.WriteDateCounts;
import io.daybrief.transforms.WriteSummaries;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Reads a finished run back from its output directory (any Beam filesystem): {@code summaries.jsonl},
 * {@code dates.jsonl} and {@code report.json}.
 */
public final class DigestReader {
  static final String REPORT_FILE = "report.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DigestReader() {}

  public static Digest read(String outputDirectory) throws IOException {
    ResourceId directory = FileSystems.matchNewResource(outputDirectory, true);
    Map<String, JsonNode> countsByDate = new HashMap<>();
    for (JsonNode counts : jsonLines(directory, WriteDateCounts.FILE_NAME)) {
      countsByDate.put(counts.path("date").asText(), counts);
    }
    List<Digest.Day> days = new ArrayList<>();
    for (JsonNode summary : jsonLines(directory, WriteSummaries.FILE_NAME)) {
      String date = dateKey(summary.path("date").asText());
      JsonNode counts = countsByDate.get(date);
      if (counts == null) {
        throw new IOException(WriteDateCounts.FILE_NAME + " has no line for " + date + " of " + WriteSummaries.FILE_NAME
            + ": both must come from the same run");
      }
      List<Digest.Line> sentences = new ArrayList<>();
      for (JsonNode sentence : summary.path("sentences")) {
        String url = sentence.path("url").asText(null);
        sentences.add(new Digest.Line(sentence.path("text").asText(), sentence.path("document").asText(),
            isWebUrl(url) ? url : null));
      }
      int documents = summary.path("documents").asInt();
      days.add(new Digest.Day(date, documents, counts.path("paragraphs").asLong(), sentences,
          summary.path("importance").asInt(documents)));
    }
    days.sort((a, b) -> DateKeys.ORDER.compare(a.date(), b.date()));
    return new Digest(counters(directory), days);
  }

  /** Only http and https addresses become links: never javascript:, data: or a relative path. */
  static boolean isWebUrl(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://")) && url.chars().noneMatch(c -> c <= ' ');
  }

  private static SortedMap<String, Long> counters(ResourceId directory) throws IOException {
    SortedMap<String, Long> counters = new TreeMap<>();
    JsonNode report;
    try (BufferedReader reader = open(directory, REPORT_FILE)) {
      report = JSON.readTree(reader);
    }
    Iterator<Map.Entry<String, JsonNode>> fields = report.path("counters").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> counter = fields.next();
      counters.put(counter.getKey(), counter.getValue().asLong());
    }
    return counters;
  }

  private static List<JsonNode> jsonLines(ResourceId directory, String fileName) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (BufferedReader reader = open(directory, fileName)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }

  private static BufferedReader open(ResourceId directory, String fileName) throws IOException {
    ResourceId file = directory.resolve(fileName, StandardResolveOptions.RESOLVE_FILE);
    try {
      return new BufferedReader(new InputStreamReader(Channels.newInputStream(FileSystems.open(file)), StandardCharsets.UTF_8));
    } catch (FileNotFoundException e) {
      throw new FileNotFoundException(file + " is missing: a digest is made from a run with --report=html or --report=md");
    }
  }

  /** The renderers place dates on a calendar, so anything else than an ISO date or {@code undated} is refused here. */
  private static String dateKey(String date) throws IOException {
    if (DateKeys.UNDATED.equals(date)) {
      return date;
    }
    try {
      return LocalDate.parse(date).toString();
    } catch (DateTimeParseException e) {
      throw new IOException(WriteSummaries.FILE_NAME + ": '" + date + "' is neither an ISO date nor " + DateKeys.UNDATED);
    }
  }
}
