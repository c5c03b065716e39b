package io.daybrief.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.daybrief.transforms.Counters;
import io.daybrief.transforms.StagedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** The end-of-run report: the job's Beam counters, printed for people and written as {@code report.json}. */
public final class RunReport {
  static final String FILE_NAME = "report.json";

  private final SortedMap<String, Long> counters;

  RunReport(SortedMap<String, Long> counters) {
    this.counters = counters;
  }

  /** Reads the counters back from the runner: attempted values, which every runner reports. */
  static RunReport of(PipelineResult result) {
    MetricQueryResults metrics =
        result.metrics().queryMetrics(
            MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(Counters.NAMESPACE)).build());
    SortedMap<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      counters.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
    }
    return new RunReport(counters);
  }

  SortedMap<String, Long> counters() {
    return java.util.Collections.unmodifiableSortedMap(counters);
  }

  public long get(String name) {
    return counters.getOrDefault(name, 0L);
  }

  void print(PrintStream out, String outputDirectory) {
    String directory = outputDirectory.endsWith("/") ? outputDirectory.substring(0, outputDirectory.length() - 1) : outputDirectory;
    out.printf("daybrief: wrote %s/summaries.jsonl (%d dates), rejected.jsonl (%d rejected), report.json%n",
        directory, get(Counters.DATES_SUMMARIZED), get(Counters.REJECTED_RECORDS));
    out.printf("  files       matched %d = accepted %d + rejected %d + skipped (hidden) %d%s%n",
        get(Counters.FILES_MATCHED), get(Counters.FILES_ACCEPTED), get(Counters.FILES_REJECTED),
        get(Counters.FILES_SKIPPED), get(Counters.FILES_OUTSIDE_DATES) > 0
            ? " + partitions outside the dates " + get(Counters.FILES_OUTSIDE_DATES) : "");
    out.printf("  documents   read %d = parsed %d + rejected %d%s; parsed = accepted %d + filtered out %d%s%n",
        get(Counters.DOCUMENTS_READ), get(Counters.DOCUMENTS_PARSED), get(Counters.DOCUMENTS_REJECTED),
        get(Counters.DOCUMENTS_SKIPPED) > 0
            ? " + skipped (WARC records not pages) " + get(Counters.DOCUMENTS_SKIPPED) : "",
        get(Counters.DOCUMENTS_ACCEPTED), get(Counters.DOCUMENTS_FILTERED),
        get(Counters.REPLACED_SURROGATES) > 0
            ? "; " + get(Counters.REPLACED_SURROGATES) + " lone surrogates replaced by U+FFFD" : "");
    out.printf("  rejected    %d = files %d + documents %d%n",
        get(Counters.REJECTED_RECORDS), get(Counters.FILES_REJECTED), get(Counters.DOCUMENTS_REJECTED));
    out.printf("  dates       explicit %d,%s from text %d,%s undated %d%n",
        get(Counters.DATED_EXPLICIT),
        get(Counters.DATED_FROM_PATH) > 0 ? " from path " + get(Counters.DATED_FROM_PATH) + "," : "",
        get(Counters.DATED_FROM_TEXT),
        get(Counters.DATED_FROM_FETCH) > 0 ? " from fetch time (WARC-Date) " + get(Counters.DATED_FROM_FETCH) + "," : "",
        get(Counters.UNDATED));
    if (get(Counters.DOCUMENTS_SKIPPED) > 0) {
      out.printf("  skipped     %d WARC records: %s%n", get(Counters.DOCUMENTS_SKIPPED), skippedDetail());
    }
    out.printf("  paragraphs  read %d, boilerplate dropped %d%s, kept %d%n",
        get(Counters.PARAGRAPHS_READ), boilerplateTotal(), boilerplateDetail(), get(Counters.PARAGRAPHS_KEPT));
    out.printf("  duplicates  exact paragraphs %d, near-copy sentences %d%n",
        get(Counters.DUPLICATES_EXACT), get(Counters.DUPLICATES_NEAR));
    out.printf("  sentences   %d; %d dates summarized with %d sentences%n",
        get(Counters.SENTENCES), get(Counters.DATES_SUMMARIZED), get(Counters.SUMMARY_SENTENCES));
    for (String discrepancy : discrepancies()) {
      out.printf("  WARNING     counts do not reconcile: %s%n", discrepancy);
    }
  }

  /**
   * The accounting identities that do not hold; empty when every input is accounted for. Each
   * side is counted by its own counter, so a nonempty list means an input went missing or was
   * counted twice.
   */
  List<String> discrepancies() {
    List<String> broken = new ArrayList<>();
    check(broken, Counters.FILES_MATCHED, Counters.FILES_ACCEPTED, Counters.FILES_REJECTED, Counters.FILES_SKIPPED,
        Counters.FILES_OUTSIDE_DATES);
    check(broken, Counters.DOCUMENTS_READ, Counters.DOCUMENTS_PARSED, Counters.DOCUMENTS_REJECTED,
        Counters.DOCUMENTS_SKIPPED);
    check(broken, Counters.DOCUMENTS_PARSED, Counters.DOCUMENTS_ACCEPTED, Counters.DOCUMENTS_FILTERED);
    check(broken, Counters.REJECTED_RECORDS, Counters.FILES_REJECTED, Counters.DOCUMENTS_REJECTED);
    return broken;
  }

  private void check(List<String> broken, String total, String... parts) {
    long sum = 0;
    for (String part : parts) {
      sum += get(part);
    }
    if (sum != get(total)) {
      broken.add(total + " " + get(total) + " != " + String.join(" + ", parts) + " = " + sum);
    }
  }

  private String skippedDetail() {
    StringBuilder detail = new StringBuilder();
    counters.forEach((name, count) -> {
      if (name.startsWith(Counters.SKIPPED_PREFIX) && count > 0) {
        detail.append(detail.length() > 0 ? ", " : "").append(name.substring(Counters.SKIPPED_PREFIX.length()))
            .append(' ').append(count);
      }
    });
    return detail.toString();
  }

  private long boilerplateTotal() {
    return boilerplate().values().stream().mapToLong(Long::longValue).sum();
  }

  private String boilerplateDetail() {
    Map<String, Long> byRule = boilerplate();
    if (byRule.isEmpty()) {
      return "";
    }
    StringBuilder detail = new StringBuilder(" (");
    byRule.forEach((rule, count) -> detail.append(detail.length() > 2 ? ", " : "").append(rule).append(' ').append(count));
    return detail.append(')').toString();
  }

  private SortedMap<String, Long> boilerplate() {
    SortedMap<String, Long> byRule = new TreeMap<>();
    counters.forEach((name, count) -> {
      if (name.startsWith(Counters.BOILERPLATE_PREFIX) && count > 0) {
        byRule.put(name.substring(Counters.BOILERPLATE_PREFIX.length()), count);
      }
    });
    return byRule;
  }

  /** Writes {@code report.json} atomically, like the other outputs. */
  void write(String outputDirectory, String runId) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = new JsonFactory().createGenerator(bytes)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeObjectFieldStart("counters");
      for (Map.Entry<String, Long> counter : counters.entrySet()) {
        json.writeNumberField(counter.getKey(), counter.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    StagedFiles.writeAtomically(outputDirectory, runId, FILE_NAME, bytes.toByteArray());
  }
}
