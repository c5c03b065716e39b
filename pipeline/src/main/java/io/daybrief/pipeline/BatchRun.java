package io.daybrief.pipeline;

import io.daybrief.digest.DigestWriter;
import io.daybrief.digest.ReportFormat;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.transforms.ArchiveStateDirectory;
import io.daybrief.transforms.StagedFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A batch run's bookkeeping on the client, around the job itself: locks, the leftovers of killed
 * runs, the archive state's new version, the date partitions, the run manifest, the report and
 * the digest. The job's graph is {@link DaybriefJob#build}.
 */
final class BatchRun {
  private BatchRun() {}

  /**
   * What a run with {@code --state} reads of the archive state and where it stages its own segments.
   *
   * @param segmentFiles the segments of earlier dates the run counts and dedupes against
   * @param dates the dates of those segments
   */
  record ArchivePlan(ArchiveStateDirectory directory, List<String> segmentFiles, Set<String> dates, Path staging) {

    static ArchivePlan of(JobSettings settings, String runId) throws IOException {
      ArchiveStateDirectory directory = ArchiveStateDirectory.at(Path.of(settings.state()));
      List<String> files = directory.segmentsBefore(settings.summarize().dates());
      Set<String> dates = new TreeSet<>();
      for (String file : files) {
        dates.add(ArchiveSegment.dateOf(Path.of(file).getFileName().toString()));
      }
      return new ArchivePlan(directory, files, dates, directory.stagingDirectory(runId));
    }
  }

  /**
   * Runs the job to completion with progress lines on stderr, prints the report to {@code out},
   * writes {@code report.json}, and the digest when {@code --report} asks for one.
   * summaries.jsonl and rejected.jsonl replace the previous ones only when the whole job has
   * succeeded; temporary files are removed whether it succeeds or fails, and those of earlier runs
   * that were killed before they could remove theirs are removed first.
   *
   * <p>The output directory (and the archive state's, with {@code --state}) is locked for the run.
   * After the job: the archive state's new version, the date partitions, then {@code _run.json}.
   *
   * <p>Warnings (a stale lock removed) go to {@code err}.
   *
   * @throws RunLock.LockedException when another run holds the output or state directory
   */
  static RunReport run(SummarizeOptions options, JobSettings settings, PrintStream out, PrintStream err)
      throws IOException {
    Instant started = Instant.now();
    String runId = StagedFiles.newRunId();
    boolean local = !settings.output().contains("://");
    try (RunLock outputLock = local ? RunLock.acquire(Path.of(settings.output()), "output", runId, err) : null;
        RunLock stateLock = settings.state() == null ? null
            : RunLock.acquire(Path.of(settings.state()), "state", runId, err)) {
      return runLocked(options, settings, out, started, runId, local);
    }
  }

  private static RunReport runLocked(
      SummarizeOptions options, JobSettings settings, PrintStream out, Instant started, String runId, boolean local)
      throws IOException {
    StagedFiles.deleteTemporaries(settings.output(), null);
    if (local) {
      OutputPartitions.deleteTemporaries(Path.of(settings.output()));
    }
    RunManifest manifest = local ? RunManifest.start(options, settings, started) : null;
    ArchivePlan archive = null;
    if (settings.state() != null) {
      ArchiveStateDirectory.at(Path.of(settings.state())).removeLeftovers();
      archive = ArchivePlan.of(settings, runId);
    }
    RunReport report;
    String stateLine = null;
    try {
      report = JobExecution.runToEnd(DaybriefJob.build(options, settings, runId, archive), options);
      report.write(settings.output(), runId);
      Map<String, Long> documentsPerDate = Map.of();
      if (archive != null) {
        List<String> written = stagedDates(archive.staging());
        String version = archive.directory().commit(
            archive.staging(), settings.stateRetentionDays(), settings.summarize().dedupe().minWords());
        if (manifest != null) {
          manifest.state(settings.state(), List.copyOf(archive.dates()), version, written);
        }
        stateLine = String.format("  state       %s: read %d earlier dates, wrote %d, now %s%n",
            settings.state(), archive.dates().size(), written.size(), version);
      }
      if (local) {
        documentsPerDate = OutputPartitions.write(
            Path.of(settings.output()), Path.of(settings.output()).resolve("summaries.jsonl"), runId);
      }
      if (manifest != null) {
        manifest.succeeded(report, documentsPerDate);
        manifest.write(settings.output(), runId);
      }
    } catch (IOException | RuntimeException e) {
      try {
        StagedFiles.deleteTemporaries(settings.output(), runId);
        if (manifest != null) {
          manifest.failed(e);
          manifest.write(settings.output(), runId);
        }
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    StagedFiles.deleteTemporaries(settings.output(), runId);
    report.print(out, settings.output());
    if (stateLine != null) {
      out.print(stateLine);
    }
    if (options.getReport() != ReportFormat.none) {
      out.printf("  digest      %s%n", DigestWriter.write(options.getReport(), settings.output()));
    }
    return report;
  }

  /** The dates whose segments the job wrote into the staging directory. */
  private static List<String> stagedDates(Path staging) throws IOException {
    List<String> dates = new ArrayList<>();
    if (Files.isDirectory(staging)) {
      try (var files = Files.list(staging)) {
        files.map(file -> ArchiveSegment.dateOf(file.getFileName().toString()))
            .filter(date -> date != null).sorted().forEach(dates::add);
      }
    }
    return dates;
  }
}
