package io.daybrief.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a dataset in the Timeline17 layout: one directory per topic holding {@code docs.jsonl}
 * ({@code {"id", "date", "title", "text"}} per line; the title is not used: Timeline17 has none,
 * its headline is the first line of the text) and {@code refs-N.jsonl} reference timelines
 * ({@code {"date", "sentences": [...]}} per line).
 */
final class EvaluationDataset {
  static final String DOCUMENTS_FILE = "docs.jsonl";
  private static final Pattern REFERENCE_FILE = Pattern.compile("refs-(\\d+)\\.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvaluationDataset() {}

  static List<Topic> topics(Path datasetDir) throws IOException {
    if (!Files.isDirectory(datasetDir)) {
      throw new IOException("not a directory: " + datasetDir);
    }
    List<Topic> topics = new ArrayList<>();
    for (Path dir : sortedEntries(datasetDir)) {
      if (Files.isRegularFile(dir.resolve(DOCUMENTS_FILE))) {
        topics.add(topic(dir));
      }
    }
    if (topics.isEmpty()) {
      throw new IOException("no topic directory with a " + DOCUMENTS_FILE + " in " + datasetDir);
    }
    return topics;
  }

  static List<DatasetDocument> documents(Path documentsFile) throws IOException {
    List<DatasetDocument> documents = new ArrayList<>();
    List<String> lines = Files.readAllLines(documentsFile, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String source = documentsFile + ":" + (i + 1);
      JsonNode node = parse(lines.get(i), source);
      documents.add(
          new DatasetDocument(
              requiredText(node, "id", source),
              isoDate(requiredText(node, "date", source), source),
              requiredText(node, "text", source)));
    }
    return documents;
  }

  private static Topic topic(Path dir) throws IOException {
    String name = dir.getFileName().toString();
    List<Path> referenceFiles = new ArrayList<>();
    for (Path file : sortedEntries(dir)) {
      if (REFERENCE_FILE.matcher(file.getFileName().toString()).matches()) {
        referenceFiles.add(file);
      }
    }
    if (referenceFiles.isEmpty()) {
      throw new IOException("no refs-N.jsonl reference timeline in " + dir);
    }
    referenceFiles.sort(Comparator.comparingLong(EvaluationDataset::referenceNumber));
    List<Task> tasks = new ArrayList<>();
    for (Path file : referenceFiles) {
      String fileName = file.getFileName().toString();
      String taskName = name + "/" + fileName.substring(0, fileName.length() - ".jsonl".length());
      tasks.add(new Task(taskName, referenceTimeline(file)));
    }
    return new Topic(name, dir.resolve(DOCUMENTS_FILE), List.copyOf(tasks));
  }

  private static SortedMap<String, List<String>> referenceTimeline(Path file) throws IOException {
    SortedMap<String, List<String>> timeline = new TreeMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String source = file + ":" + (i + 1);
      JsonNode node = parse(lines.get(i), source);
      String date = isoDate(requiredText(node, "date", source), source);
      JsonNode sentences = node.path("sentences");
      if (!sentences.isArray()) {
        throw new IOException(source + ": \"sentences\" must be an array");
      }
      List<String> texts = new ArrayList<>();
      sentences.forEach(sentence -> texts.add(sentence.asText()));
      if (timeline.put(date, List.copyOf(texts)) != null) {
        throw new IOException(source + ": date " + date + " appears twice");
      }
    }
    if (timeline.isEmpty()) {
      throw new IOException(file + ": no reference date");
    }
    return timeline;
  }

  private static long referenceNumber(Path file) {
    Matcher matcher = REFERENCE_FILE.matcher(file.getFileName().toString());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a reference file: " + file);
    }
    return Long.parseLong(matcher.group(1));
  }

  private static List<Path> sortedEntries(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    }
  }

  private static JsonNode parse(String line, String source) throws IOException {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IOException(source + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String requiredText(JsonNode node, String field, String source) throws IOException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IOException(source + ": missing string field \"" + field + "\"");
    }
    return value.asText();
  }

  private static String isoDate(String value, String source) throws IOException {
    try {
      return LocalDate.parse(value).toString();
    } catch (DateTimeParseException e) {
      throw new IOException(source + ": date is not YYYY-MM-DD: " + value, e);
    }
  }
}
