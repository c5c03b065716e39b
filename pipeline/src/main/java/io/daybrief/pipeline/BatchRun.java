package io.daybrief.pipeline;

import io.daybrief.digest.DigestWriter;
import io.daybrief.digest.ReportFormat;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.storage.Storage;
import io.daybrief.text.DateFilter;
import io.daybrief.transforms.ArchiveStateDirectory;
import io.daybrief.transforms.StagedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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
   * @param recentFiles the segments of the {@code --rewriteDays} dates before the run's, whose
   *     documents the run summarizes again with its own
   * @param recentDates the dates of those segments
   * @param readDates the dates the run reads from the archive: its own, and the recent ones too when
   *     the state no longer keeps their text (a rerun of a date before the state's newest)
   * @param rewriteDays how many days before {@code readDates} the run summarizes again from the state
   */
  record ArchivePlan(ArchiveStateDirectory directory, List<String> segmentFiles, Set<String> dates,
      List<String> recentFiles, Set<String> recentDates, DateFilter readDates, int rewriteDays, String staging) {

    static ArchivePlan of(JobSettings settings, String runId) throws IOException {
      ArchiveStateDirectory directory = ArchiveStateDirectory.at(settings.state());
      DateFilter runDates = settings.summarize().dates();
      DateFilter withRecent = runDates.withDaysBefore(settings.rewriteDays());
      List<String> files = directory.segmentsBefore(withRecent);
      List<String> recent = new ArrayList<>(directory.segmentsBefore(runDates));
      recent.removeAll(files);
      for (String file : recent) {
        try (InputStream in = Storage.of(file).open(file)) {
          // The state keeps the text of its newest dates only: a rerun of an earlier date reads the
          // recent dates from the archive again, as dates of its own.
          if (!ArchiveSegment.readHeader(in).textKept()) {
            return new ArchivePlan(directory, files, datesOf(files), List.of(), Set.of(), withRecent, 0,
                directory.staging(runId));
          }
        }
      }
      return new ArchivePlan(directory, files, datesOf(files), List.copyOf(recent), datesOf(recent), runDates,
          settings.rewriteDays(), directory.staging(runId));
    }

    private static Set<String> datesOf(List<String> files) {
      Set<String> dates = new TreeSet<>();
      for (String file : files) {
        dates.add(ArchiveSegment.dateOf(file.substring(file.lastIndexOf('/') + 1)));
      }
      return dates;
    }

    /** Every date of the state the run reads. */
    List<String> datesRead() {
      Set<String> all = new TreeSet<>(dates);
      all.addAll(recentDates);
      return List.copyOf(all);
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
    // Local and hdfs:// outputs get the lock, the partitions and the manifest; others (s3:// through
    // Beam, say) only the staged commit of the output files.
    boolean local = Storage.supports(settings.output());
    warnOfWeakerGuarantees(settings, err);
    try (RunLock outputLock = local ? RunLock.acquire(settings.output(), "output", runId, err) : null;
        RunLock stateLock = settings.state() == null ? null
            : RunLock.acquire(settings.state(), "state", runId, err)) {
      return runLocked(options, settings, out, started, runId, local);
    }
  }

  private static RunReport runLocked(
      SummarizeOptions options, JobSettings settings, PrintStream out, Instant started, String runId, boolean local)
      throws IOException {
    StagedFiles.deleteTemporaries(settings.output(), null);
    if (local) {
      OutputPartitions.deleteTemporaries(settings.output());
    }
    RunManifest manifest = local ? RunManifest.start(options, settings, started) : null;
    ArchivePlan archive = null;
    if (settings.state() != null) {
      ArchiveStateDirectory.at(settings.state()).removeLeftovers();
      archive = ArchivePlan.of(settings, runId);
    }
    RunReport report;
    String stateLine = null;
    try {
      JobSettings job = archive == null ? settings : settings.readingDates(archive.readDates());
      report = JobExecution.runToEnd(DaybriefJob.build(options, job, runId, archive), options);
      report.write(settings.output(), runId);
      Map<String, Long> documentsPerDate = Map.of();
      if (archive != null) {
        List<String> written = archive.directory().stagedDates(archive.staging());
        String version = archive.directory().commit(archive.staging(), settings.stateRetentionDays(),
            settings.summarize().dedupe().minWords(), settings.rewriteDays());
        if (manifest != null) {
          manifest.state(settings.state(), archive.datesRead(), version, written);
        }
        stateLine = String.format("  state       %s: read %d earlier dates%s, wrote %d, now %s%n",
            settings.state(), archive.datesRead().size(),
            archive.recentDates().isEmpty() ? "" : " (" + archive.recentDates().size() + " summarized again)",
            written.size(), version);
      }
      if (local) {
        Storage storage = Storage.of(settings.output());
        documentsPerDate = OutputPartitions.write(
            settings.output(), storage.resolve(settings.output(), "summaries.jsonl"), runId);
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

  /** One line per storage that guarantees less than a local file system (HDFS: see docs/hdfs.md). */
  private static void warnOfWeakerGuarantees(JobSettings settings, PrintStream err) {
    Set<String> warnings = new TreeSet<>();
    for (String directory : new String[] {settings.output(), settings.state()}) {
      if (directory != null && Storage.supports(directory)) {
        Storage.of(directory).weakerGuarantees().ifPresent(warnings::add);
      }
    }
    warnings.forEach(warning -> err.println("daybrief: warning: " + warning));
  }

}
