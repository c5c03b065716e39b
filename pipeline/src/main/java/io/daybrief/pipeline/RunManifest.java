package io.daybrief.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.transforms.InputFiles;
import io.daybrief.transforms.StagedFiles;
import io.daybrief.text.DateFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.io.fs.MatchResult.Metadata;

/**
 * {@code <output>/_run.json}: what a run was given and what it did — daybrief version, options,
 * input files and sizes, archive state, counters, per-date document counts, wall time, runner and
 * exit status. Written last, by an atomic rename; a run killed before its end leaves the previous
 * manifest. A failed run writes one too, with its status and error (its outputs were not replaced).
 */
final class RunManifest {
  static final String FILE_NAME = "_run.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();
  private final Instant started;

  private RunManifest(Instant started) {
    this.started = started;
  }

  /** A run's manifest as far as it is known before the job: version, runner, options, input files. */
  static RunManifest start(SummarizeOptions options, JobSettings settings, Instant started) throws IOException {
    RunManifest manifest = new RunManifest(started);
    manifest.root.put("daybrief", version());
    manifest.root.put("started", started.toString());
    manifest.root.put("runner", runner(options));
    manifest.root.set("options", JSON.valueToTree(daybriefOptions(options)));
    manifest.root.set("inputs", inputs(settings.inputs(), settings.summarize().dates()));
    return manifest;
  }

  /** The archive state: its directory, the dates read from it and the version written. */
  void state(String directory, List<String> datesRead, String versionWritten, List<String> datesWritten) {
    ObjectNode state = root.putObject("state");
    state.put("directory", directory);
    state.put("datesRead", datesRead.size());
    state.put("firstDateRead", datesRead.isEmpty() ? null : datesRead.get(0));
    state.put("lastDateRead", datesRead.isEmpty() ? null : datesRead.get(datesRead.size() - 1));
    state.set("datesWritten", JSON.valueToTree(datesWritten));
    state.put("version", versionWritten);
  }

  void succeeded(RunReport report, Map<String, Long> documentsPerDate) {
    root.put("status", "succeeded");
    root.put("exitCode", Main.OK);
    ObjectNode counters = root.putObject("counters");
    report.counters().forEach(counters::put);
    ObjectNode dates = root.putObject("documentsPerDate");
    documentsPerDate.forEach(dates::put);
  }

  void failed(Throwable error) {
    root.put("status", "failed");
    root.put("exitCode", Main.FAILED);
    root.put("error", String.valueOf(error));
  }

  /** Adds the end time and wall time and writes the manifest atomically. */
  void write(String output, String runId) throws IOException {
    Instant finished = Instant.now();
    root.put("finished", finished.toString());
    root.put("wallSeconds", Duration.between(started, finished).toMillis() / 1000.0);
    StagedFiles.writeAtomically(output, runId, FILE_NAME, JSON.writeValueAsBytes(root));
  }

  private static ObjectNode inputs(List<String> inputs, DateFilter dates) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode files = node.putArray("files");
    long bytes = 0;
    long outside = 0;
    for (String input : inputs) {
      for (Metadata file : InputFiles.matchedFiles(input)) {
        String path = file.resourceId().toString();
        if (!InputFiles.inSelectedPartition(path, dates)) {
          outside++;
          continue;
        }
        files.addObject().put("path", path).put("bytes", file.sizeBytes());
        bytes += file.sizeBytes();
      }
    }
    node.put("fileCount", files.size());
    node.put("bytes", bytes);
    node.put("filesOutsideDates", outside);
    return node;
  }

  private static String runner(SummarizeOptions options) {
    String name = options.getRunner().getSimpleName();
    if (FlinkRunner.class.equals(options.getRunner())) {
      return name + " " + options.as(FlinkPipelineOptions.class).getFlinkMaster();
    }
    return name;
  }

  /** daybrief's own options by name, as the job saw them (defaults included). */
  private static SortedMap<String, Object> daybriefOptions(SummarizeOptions options) {
    SortedMap<String, Object> values = new TreeMap<>();
    List<Method> getters = new ArrayList<>();
    for (Method method : SummarizeOptions.class.getDeclaredMethods()) {
      if (method.getName().startsWith("get") && method.getParameterCount() == 0) {
        getters.add(method);
      }
    }
    for (Method getter : getters) {
      try {
        Object value = getter.invoke(options);
        if (value != null) {
          String name = getter.getName().substring(3);
          values.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), value instanceof Enum<?> e ? e.name() : value);
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("option " + getter.getName(), e);
      }
    }
    return values;
  }

  static String version() {
    try (InputStream in = RunManifest.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
