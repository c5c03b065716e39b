package io.daybrief.transforms;

import io.daybrief.model.ArchiveSegment;
import io.daybrief.text.DateFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The archive state directory ({@code --state}) on a local or mounted file system:
 *
 * <pre>
 * CURRENT                     the name of the current version, replaced by an atomic rename
 * v000007/index.json          the version's dates: documents, whether fingerprints are kept, bytes
 * v000007/date=YYYY-MM-DD.seg.gz   one {@link ArchiveSegment} per date
 * </pre>
 *
 * A run reads the current version, writes its own dates' segments into a staging directory, and
 * {@link #commit}s: a new version directory is assembled beside the current one (unchanged segments
 * hard-linked, never rewritten), then {@code CURRENT} is swapped, then older versions are removed.
 * A run killed at any point leaves {@code CURRENT} naming a complete version; the next run removes
 * what the killed one left ({@link #removeLeftovers}). Callers hold the directory's lock.
 */
public final class ArchiveStateDirectory {
  public static final String CURRENT = "CURRENT";
  public static final String INDEX = "index.json";
  private static final Pattern VERSION = Pattern.compile("v(\\d{6})");
  private static final Pattern MIN_WORDS = Pattern.compile("\"minSentenceWords\":(\\d+)");
  private static final String STAGING_PREFIX = ".staging-";
  private static final String BUILDING_PREFIX = ".tmp-";

  private final Path root;

  private ArchiveStateDirectory(Path root) {
    this.root = root;
  }

  public static ArchiveStateDirectory at(Path root) {
    return new ArchiveStateDirectory(root);
  }

  public Path root() {
    return root;
  }

  /** The name of the current version, empty for a new state. */
  public Optional<String> currentVersion() throws IOException {
    try {
      String name = Files.readString(root.resolve(CURRENT), StandardCharsets.UTF_8).trim();
      if (!VERSION.matcher(name).matches() || !Files.isDirectory(root.resolve(name))) {
        throw new IOException("archive state " + root + ": " + CURRENT + " names '" + name + "', which is no version directory");
      }
      return Optional.of(name);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** The current version's segment files by date, oldest first. */
  public SortedMap<String, Path> segments() throws IOException {
    Optional<String> version = currentVersion();
    return version.isEmpty() ? new TreeMap<>() : segmentsIn(root.resolve(version.get()));
  }

  /**
   * The segments a run over {@code dates} reads: those of the dates it does not process itself and
   * that come before the last date it does; all those it does not process when it has no last date.
   */
  public List<String> segmentsBefore(DateFilter dates) throws IOException {
    LocalDate last = dates.last();
    List<String> files = new ArrayList<>();
    segments().forEach((date, file) -> {
      LocalDate day = LocalDate.parse(date);
      if (!dates.accepts(day) && (last == null || day.isBefore(last))) {
        files.add(file.toString());
      }
    });
    return files;
  }

  /**
   * The minimum sentence length the current version was built with, which decides which sentences
   * have shingle sets; empty for a new state.
   */
  public Optional<Integer> minSentenceWords() throws IOException {
    Optional<String> version = currentVersion();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = MIN_WORDS.matcher(Files.readString(root.resolve(version.get()).resolve(INDEX)));
    return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
  }

  /** Where a run's workers write its segments before {@link #commit}. */
  public Path stagingDirectory(String runId) {
    return root.resolve(STAGING_PREFIX + runId);
  }

  /**
   * Removes staging and half-built directories and versions other than the current one: what a
   * killed run may have left.
   *
   * @return how many entries were removed
   */
  public int removeLeftovers() throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    String current = currentVersion().orElse(null);
    int removed = 0;
    for (Path entry : list(root)) {
      String name = entry.getFileName().toString();
      boolean oldVersion = VERSION.matcher(name).matches() && !name.equals(current);
      if (name.startsWith(STAGING_PREFIX) || name.startsWith(BUILDING_PREFIX) || oldVersion
          || name.equals(CURRENT + ".tmp")) {
        deleteRecursively(entry);
        removed++;
      }
    }
    return removed;
  }

  /**
   * Makes a new version of the current segments with those in {@code staging} replacing or adding
   * their dates, forgets the fingerprints of dates {@code retentionDays} or more before the newest
   * date (0: never), swaps {@code CURRENT} to it, and removes the previous version and the staging
   * directory.
   *
   * @return the new version's name
   */
  public String commit(Path staging, int retentionDays, int minWords) throws IOException {
    SortedMap<String, Path> segments = segments();
    if (Files.isDirectory(staging)) {
      segments.putAll(segmentsIn(staging));
    }
    String previous = currentVersion().orElse(null);
    String name = String.format("v%06d", nextVersionNumber());
    Path building = root.resolve(BUILDING_PREFIX + name);
    Files.createDirectories(building);
    LocalDate forgetUpTo = segments.isEmpty() || retentionDays <= 0
        ? null : LocalDate.parse(segments.lastKey()).minusDays(retentionDays);
    StringBuilder index = new StringBuilder()
        .append("{\"format\":").append(ArchiveSegment.FORMAT)
        .append(",\"minSentenceWords\":").append(minWords)
        .append(",\"retentionDays\":").append(Math.max(0, retentionDays))
        .append(",\"dates\":[");
    String separator = "\n";
    for (Map.Entry<String, Path> segment : segments.entrySet()) {
      Path target = building.resolve(segment.getValue().getFileName());
      boolean forget = forgetUpTo != null && !LocalDate.parse(segment.getKey()).isAfter(forgetUpTo);
      ArchiveSegment.Header header = header(segment.getValue());
      if (forget && header.fingerprintsKept()) {
        ArchiveSegment whole;
        try (InputStream in = Files.newInputStream(segment.getValue())) {
          whole = ArchiveSegment.readFrom(in);
        }
        try (OutputStream out = Files.newOutputStream(target)) {
          whole.withoutFingerprints().writeTo(out);
        }
      } else {
        linkOrCopy(segment.getValue(), target);
      }
      index.append(separator).append("{\"date\":\"").append(segment.getKey())
          .append("\",\"documents\":").append(header.documents())
          .append(",\"fingerprints\":").append(header.fingerprintsKept() && !forget)
          .append(",\"bytes\":").append(Files.size(target)).append('}');
      separator = ",\n";
    }
    index.append("\n]}\n");
    Files.writeString(building.resolve(INDEX), index, StandardCharsets.UTF_8);
    Files.move(building, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    Path pointer = root.resolve(CURRENT + ".tmp");
    Files.writeString(pointer, name + "\n", StandardCharsets.UTF_8);
    Files.move(pointer, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    if (previous != null) {
      deleteRecursively(root.resolve(previous));
    }
    deleteRecursively(staging);
    return name;
  }

  private static ArchiveSegment.Header header(Path segment) throws IOException {
    try (InputStream in = Files.newInputStream(segment)) {
      return ArchiveSegment.readHeader(in);
    }
  }

  private int nextVersionNumber() throws IOException {
    int highest = 0;
    for (Path entry : list(root)) {
      Matcher version = VERSION.matcher(entry.getFileName().toString());
      if (version.matches()) {
        highest = Math.max(highest, Integer.parseInt(version.group(1)));
      }
    }
    return highest + 1;
  }

  private static SortedMap<String, Path> segmentsIn(Path directory) throws IOException {
    SortedMap<String, Path> segments = new TreeMap<>();
    for (Path file : list(directory)) {
      String date = ArchiveSegment.dateOf(file.getFileName().toString());
      if (date != null) {
        segments.put(date, file);
      }
    }
    return segments;
  }

  /** Segments are never changed once written, so versions can share them. */
  private static void linkOrCopy(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static List<Path> list(Path directory) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      stream.forEach(entries::add);
    }
    return entries;
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(each);
      }
    }
  }
}
