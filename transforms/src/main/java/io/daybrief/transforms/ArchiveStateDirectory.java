package io.daybrief.transforms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.daybrief.model.ArchiveSegment;
import io.daybrief.storage.Storage;
import io.daybrief.text.DateFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive state directory ({@code --state}), on a local or mounted file system or on HDFS:
 *
 * <pre>
 * CURRENT                     the name of the current version, replaced by an atomic rename
 * v000007/index.json          the version's dates: documents, whether fingerprints are kept, bytes
 *                             (and, where a segment is another version's file, "segment": its path)
 * v000007/date=YYYY-MM-DD.seg.gz   one {@link ArchiveSegment} per date
 * </pre>
 *
 * A run reads the current version, writes its own dates' segments into a staging directory, and
 * {@link #commit}s: a new version directory is assembled beside the current one (unchanged segments
 * hard-linked, never rewritten; where there are no hard links, as on HDFS, the index refers to the
 * older version's file instead), then {@code CURRENT} is swapped, then the files no longer referred
 * to are removed. A run killed at any point leaves {@code CURRENT} naming a complete version; the
 * next run removes what the killed one left ({@link #removeLeftovers}). {@link #verify} checks a
 * version before a run relies on it. Callers hold the directory's lock.
 */
public final class ArchiveStateDirectory {
  public static final String CURRENT = "CURRENT";
  public static final String INDEX = "index.json";
  private static final Pattern VERSION = Pattern.compile("v(\\d{6})");
  private static final String STAGING_PREFIX = ".staging-";
  private static final String BUILDING_PREFIX = ".tmp-";
  private static final String REBUILD = "rebuild the state with a full run over the archive (see --state)";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String root;
  private final Storage storage;

  private ArchiveStateDirectory(String root) {
    this.root = root;
    this.storage = Storage.of(root);
  }

  public static ArchiveStateDirectory at(Path root) {
    return new ArchiveStateDirectory(root.toString());
  }

  /** A local path or an {@code hdfs://} one. */
  public static ArchiveStateDirectory at(String root) {
    return new ArchiveStateDirectory(root);
  }

  public String root() {
    return root;
  }

  /** A state that cannot be used as it is: damaged, incomplete or of another format. The message names the file. */
  public static final class DamagedStateException extends IOException {
    DamagedStateException(String message) {
      super(message);
    }
  }

  /** One date of a version, as its index lists it; {@code file} relative to the state's root. */
  private record Entry(String date, String file, long documents, boolean fingerprints, long bytes) {}

  /**
   * The name of the current version, empty for a new state.
   *
   * @throws DamagedStateException when CURRENT names no version directory, or is missing beside versions
   */
  public Optional<String> currentVersion() throws IOException {
    String pointer = storage.resolve(root, CURRENT);
    String name;
    try {
      name = storage.readString(pointer).trim();
    } catch (NoSuchFileException e) {
      List<String> versions = versions();
      if (!versions.isEmpty()) {
        throw new DamagedStateException("archive state " + pointer + " is missing beside the version directories "
            + versions + ": write the current one's name into it, or " + REBUILD);
      }
      return Optional.empty();
    }
    if (!VERSION.matcher(name).matches() || !storage.isDirectory(storage.resolve(root, name))) {
      throw new DamagedStateException("archive state " + pointer + " names '" + name + "', which is no version directory: " + REBUILD);
    }
    return Optional.of(name);
  }

  /** The current version's segment files by date, oldest first (local paths). */
  public SortedMap<String, Path> segments() throws IOException {
    SortedMap<String, Path> segments = new TreeMap<>();
    segmentFiles().forEach((date, file) -> segments.put(date, Path.of(file)));
    return segments;
  }

  /** The current version's segment files by date, oldest first, as paths of the state's storage. */
  public SortedMap<String, String> segmentFiles() throws IOException {
    SortedMap<String, String> segments = new TreeMap<>();
    Optional<String> version = currentVersion();
    if (version.isPresent()) {
      for (Entry entry : index(version.get()).values()) {
        segments.put(entry.date(), storage.resolve(root, entry.file()));
      }
    }
    return segments;
  }

  /**
   * The segments a run over {@code dates} reads: those of the dates it does not process itself and
   * that come before the last date it does; all those it does not process when it has no last date.
   */
  public List<String> segmentsBefore(DateFilter dates) throws IOException {
    LocalDate last = dates.last();
    List<String> files = new ArrayList<>();
    segmentFiles().forEach((date, file) -> {
      LocalDate day = LocalDate.parse(date);
      if (!dates.accepts(day) && (last == null || day.isBefore(last))) {
        files.add(file);
      }
    });
    return files;
  }

  /**
   * The minimum sentence length the current version was built with, which decides which sentences
   * have shingle sets; empty for a new state. The first thing a run asks of a state, so the version
   * is {@link #verify verified} here: a damaged state stops the run before any work.
   */
  public Optional<Integer> minSentenceWords() throws IOException {
    Optional<String> version = verify();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    JsonNode words = readIndex(version.get()).get("minSentenceWords");
    return words == null ? Optional.empty() : Optional.of(words.asInt());
  }

  /**
   * How many of its newest dates the current version keeps the documents' text of (the rewrite
   * window of runs dated by report; 0 when dated by publication); empty for a new state.
   */
  public Optional<Integer> textDays() throws IOException {
    Optional<String> version = currentVersion();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(readIndex(version.get()).path("textDays").asInt(0));
  }

  /**
   * Checks the current version: CURRENT names a version, its index is of this format, and every
   * segment it lists exists, has the size the index records, is of this format and matches its
   * checksum. Reads every segment once.
   *
   * @return the current version, empty for a new state
   * @throws DamagedStateException naming the first file that is not as it should be
   */
  public Optional<String> verify() throws IOException {
    Optional<String> version = currentVersion();
    if (version.isEmpty()) {
      return version;
    }
    for (Entry entry : index(version.get()).values()) {
      String file = storage.resolve(root, entry.file());
      long size;
      try {
        size = storage.size(file);
      } catch (NoSuchFileException e) {
        throw new DamagedStateException("archive state segment " + file + " is missing: " + REBUILD);
      }
      if (size != entry.bytes()) {
        throw new DamagedStateException("archive state segment " + file + " has " + size + " bytes, its index "
            + entry.bytes() + " (truncated or overwritten): " + REBUILD);
      }
      ArchiveSegment segment;
      try (InputStream in = storage.open(file)) {
        segment = ArchiveSegment.readFrom(in);
      } catch (IOException e) {
        throw new DamagedStateException("archive state segment " + file + ": " + e.getMessage() + ": " + REBUILD);
      }
      if (!segment.date().equals(entry.date())) {
        throw new DamagedStateException("archive state segment " + file + " holds the date " + segment.date()
            + ", its index " + entry.date() + ": " + REBUILD);
      }
    }
    return version;
  }

  /** Where a run's workers write its segments before {@link #commit}. */
  public Path stagingDirectory(String runId) {
    return Path.of(staging(runId));
  }

  /** As {@link #stagingDirectory}, as a path of the state's storage. */
  public String staging(String runId) {
    return storage.resolve(root, STAGING_PREFIX + runId);
  }

  /** The dates whose segments a run's workers wrote into {@code staging}, sorted. */
  public List<String> stagedDates(String staging) throws IOException {
    List<String> dates = new ArrayList<>();
    if (storage.isDirectory(staging)) {
      for (String file : storage.list(staging)) {
        String date = ArchiveSegment.dateOf(storage.fileName(file));
        if (date != null) {
          dates.add(date);
        }
      }
    }
    dates.sort(null);
    return dates;
  }

  /**
   * Removes staging and half-built directories, {@code CURRENT.tmp}, and the files of versions
   * other than the current one that the current one does not refer to: what a killed run may have
   * left, or a commit has replaced.
   *
   * @return how many entries of the state directory were removed or thinned out
   */
  public int removeLeftovers() throws IOException {
    if (!storage.isDirectory(root)) {
      return 0;
    }
    String current = currentVersion().orElse(null);
    Set<String> referenced = new HashSet<>();
    if (current != null) {
      index(current).values().forEach(entry -> referenced.add(entry.file()));
    }
    int removed = 0;
    for (String entry : storage.list(root)) {
      String name = storage.fileName(entry);
      if (name.startsWith(STAGING_PREFIX) || name.startsWith(BUILDING_PREFIX) || name.equals(CURRENT + ".tmp")) {
        storage.deleteRecursively(entry);
        removed++;
      } else if (VERSION.matcher(name).matches() && !name.equals(current)) {
        if (referenced.stream().noneMatch(file -> file.startsWith(name + "/"))) {
          storage.deleteRecursively(entry);
          removed++;
          continue;
        }
        boolean thinned = false;
        for (String file : storage.list(entry)) {
          if (!referenced.contains(name + "/" + storage.fileName(file))) {
            storage.deleteRecursively(file);
            thinned = true;
          }
        }
        removed += thinned ? 1 : 0;
      }
    }
    return removed;
  }

  /** As {@link #commit(String, int, int, int)}, keeping no text. */
  public String commit(Path staging, int retentionDays, int minWords) throws IOException {
    return commit(staging.toString(), retentionDays, minWords, 0);
  }

  /**
   * Makes a new version of the current segments with those in {@code staging} replacing or adding
   * their dates, forgets the fingerprints of dates {@code retentionDays} or more before the newest
   * date (0: never) and the text of dates {@code textDays} or more before it (0: of every date),
   * swaps {@code CURRENT} to it, and removes what the previous version alone used and the staging
   * directory.
   *
   * @return the new version's name
   */
  public String commit(String staging, int retentionDays, int minWords, int textDays) throws IOException {
    SortedMap<String, String> segments = new TreeMap<>();
    Optional<String> previous = currentVersion();
    if (previous.isPresent()) {
      index(previous.get()).values().forEach(entry -> segments.put(entry.date(), entry.file()));
    }
    Set<String> stagedDates = new HashSet<>();
    if (storage.isDirectory(staging)) {
      for (String file : storage.list(staging)) {
        String date = ArchiveSegment.dateOf(storage.fileName(file));
        if (date != null) {
          segments.put(date, file);
          stagedDates.add(date);
        }
      }
    }
    String name = String.format("v%06d", nextVersionNumber());
    String building = storage.resolve(root, BUILDING_PREFIX + name);
    storage.createDirectories(building);
    LocalDate newest = segments.isEmpty() ? null : LocalDate.parse(segments.lastKey());
    LocalDate forgetUpTo = newest == null || retentionDays <= 0 ? null : newest.minusDays(retentionDays);
    LocalDate forgetTextUpTo = newest == null ? null : newest.minusDays(textDays);
    StringBuilder index = new StringBuilder()
        .append("{\"format\":").append(ArchiveSegment.FORMAT)
        .append(",\"minSentenceWords\":").append(minWords)
        .append(",\"retentionDays\":").append(Math.max(0, retentionDays))
        .append(",\"textDays\":").append(Math.max(0, textDays))
        .append(",\"dates\":[");
    String separator = "\n";
    for (Map.Entry<String, String> segment : segments.entrySet()) {
      String date = segment.getKey();
      String source = stagedDates.contains(date) ? segment.getValue() : storage.resolve(root, segment.getValue());
      String fileName = ArchiveSegment.fileName(date);
      String target = storage.resolve(building, fileName);
      boolean forget = forgetUpTo != null && !LocalDate.parse(date).isAfter(forgetUpTo);
      boolean forgetText = forgetTextUpTo != null && !LocalDate.parse(date).isAfter(forgetTextUpTo);
      ArchiveSegment.Header header = header(source);
      String reference = null;
      if ((forget && header.fingerprintsKept()) || (forgetText && header.textKept())) {
        ArchiveSegment whole;
        try (InputStream in = storage.open(source)) {
          whole = ArchiveSegment.readFrom(in);
        }
        if (forget) {
          whole = whole.withoutFingerprints();
        }
        if (forgetText) {
          whole = whole.withoutText();
        }
        try (OutputStream out = storage.create(target)) {
          whole.writeTo(out);
        }
      } else if (!storage.link(source, target)) {
        // Segments never change once written, so a version may use another version's file.
        if (stagedDates.contains(date)) {
          storage.move(source, target);
        } else {
          reference = segment.getValue();
        }
      }
      index.append(separator).append("{\"date\":\"").append(date)
          .append("\",\"documents\":").append(header.documents())
          .append(",\"fingerprints\":").append(header.fingerprintsKept() && !forget)
          .append(",\"text\":").append(header.textKept() && !forgetText)
          .append(",\"bytes\":").append(storage.size(reference == null ? target : source));
      if (reference != null) {
        index.append(",\"segment\":\"").append(reference).append('"');
      }
      index.append('}');
      separator = ",\n";
    }
    index.append("\n]}\n");
    storage.writeString(storage.resolve(building, INDEX), index);
    storage.move(building, storage.resolve(root, name));
    String pointer = storage.resolve(root, CURRENT + ".tmp");
    storage.writeString(pointer, name + "\n");
    storage.replace(pointer, storage.resolve(root, CURRENT));
    removeLeftovers();
    storage.deleteRecursively(staging);
    return name;
  }

  private ArchiveSegment.Header header(String segment) throws IOException {
    try (InputStream in = storage.open(segment)) {
      return ArchiveSegment.readHeader(in);
    }
  }

  private JsonNode readIndex(String version) throws IOException {
    String file = storage.resolve(storage.resolve(root, version), INDEX);
    JsonNode index;
    try {
      index = JSON.readTree(storage.readString(file));
    } catch (NoSuchFileException e) {
      throw new DamagedStateException("archive state index " + file + " is missing: " + REBUILD);
    } catch (IOException e) {
      throw new DamagedStateException("archive state index " + file + " cannot be read ("
          + e.getMessage().lines().findFirst().orElse("") + "): " + REBUILD);
    }
    int format = index.path("format").asInt(-1);
    if (format != ArchiveSegment.FORMAT) {
      throw new DamagedStateException("archive state index " + file + " is of format " + format
          + ", this version of daybrief reads format " + ArchiveSegment.FORMAT + ": " + REBUILD);
    }
    return index;
  }

  /** A version's dates, each with the file that holds its segment, relative to the root. */
  private SortedMap<String, Entry> index(String version) throws IOException {
    SortedMap<String, Entry> entries = new TreeMap<>();
    for (JsonNode date : readIndex(version).path("dates")) {
      String day = date.path("date").asText();
      String file = date.hasNonNull("segment") ? date.get("segment").asText() : version + "/" + ArchiveSegment.fileName(day);
      entries.put(day, new Entry(day, file, date.path("documents").asLong(), date.path("fingerprints").asBoolean(),
          date.path("bytes").asLong()));
    }
    return entries;
  }

  private List<String> versions() throws IOException {
    List<String> versions = new ArrayList<>();
    if (storage.isDirectory(root)) {
      for (String entry : storage.list(root)) {
        if (VERSION.matcher(storage.fileName(entry)).matches()) {
          versions.add(storage.fileName(entry));
        }
      }
    }
    return versions;
  }

  private int nextVersionNumber() throws IOException {
    int highest = 0;
    for (String version : versions()) {
      Matcher number = VERSION.matcher(version);
      if (number.matches()) {
        highest = Math.max(highest, Integer.parseInt(number.group(1)));
      }
    }
    return highest + 1;
  }
}
