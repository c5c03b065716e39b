package io.daybrief.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM spent its time, from a JFR recording: CPU samples by thread, by the job's DoFn, by
 * library, and the hottest methods; garbage collection pauses; and the machine's CPU load, which
 * says how much other processes took.
 *
 * <pre>java -cp daybrief.jar io.daybrief.bench.ProfileSummary recording.jfr [top]</pre>
 */
public final class ProfileSummary {
  /** Named groups of the project's and the main libraries' frames, by package prefix; first match wins. */
  private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

  static {
    LIBRARIES.put("io.daybrief.model.", "daybrief coders");
    LIBRARIES.put("io.daybrief.text.", "daybrief text");
    LIBRARIES.put("io.daybrief.transforms.", "daybrief transforms");
    LIBRARIES.put("org.apache.lucene.", "lucene analysis");
    LIBRARIES.put("com.fasterxml.jackson.", "jackson json");
  }

  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  private final Map<String, Integer> byThread = new HashMap<>();
  private final Map<String, Integer> byStage = new HashMap<>();
  private final Map<String, Integer> byLibrary = new HashMap<>();
  private final Map<String, Integer> selfMethods = new HashMap<>();
  private final Map<String, Integer> daybriefInclusive = new HashMap<>();
  private final Map<String, Integer> libraryInclusive = new HashMap<>();
  private int samples;
  private long gcPauses;
  private Duration gcPauseTotal = Duration.ZERO;
  private double maxHeapUsedMb;
  private double jvmCpuSum;
  private double machineCpuSum;
  private int cpuLoads;

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ProfileSummary recording.jfr [top]");
      System.exit(2);
    }
    ProfileSummary summary = new ProfileSummary();
    try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
      while (recording.hasMoreEvents()) {
        summary.add(recording.readEvent());
      }
    }
    summary.print(args.length > 1 ? Integer.parseInt(args[1]) : 25);
  }

  private void add(RecordedEvent event) {
    switch (event.getEventType().getName()) {
      case "jdk.ExecutionSample" -> addSample(event);
      case "jdk.GarbageCollection" -> {
        gcPauses++;
        gcPauseTotal = gcPauseTotal.plus(event.getDuration("sumOfPauses"));
      }
      case "jdk.GCHeapSummary" -> maxHeapUsedMb = Math.max(maxHeapUsedMb, event.getLong("heapUsed") / 1048576.0);
      case "jdk.CPULoad" -> {
        jvmCpuSum += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
        machineCpuSum += event.getFloat("machineTotal");
        cpuLoads++;
      }
      default -> { }
    }
  }

  private void addSample(RecordedEvent event) {
    RecordedStackTrace stack = event.getStackTrace();
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    samples++;
    String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
    byThread.merge(threadGroup(thread), 1, Integer::sum);
    List<RecordedFrame> frames = stack.getFrames();
    selfMethods.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
    String library = "jdk only";
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      if (JDK.stream().noneMatch(type::startsWith)) {
        library = library(type);
        break;
      }
    }
    byLibrary.merge(library, 1, Integer::sum);
    String stage = "outside the job's DoFns";
    Set<String> seen = new HashSet<>();
    // The DoFn nearest the top of the stack: Flink chains call the next DoFn from inside the
    // previous one's output, so the outermost DoFn would be charged for the whole chain.
    for (int i = 0; i < frames.size(); i++) {
      RecordedMethod method = frames.get(i).getMethod();
      String type = method.getType().getName();
      if (JDK.stream().noneMatch(type::startsWith) && seen.add(name(method))) {
        (type.startsWith("io.daybrief.") ? daybriefInclusive : libraryInclusive).merge(name(method), 1, Integer::sum);
      }
      if (type.startsWith("io.daybrief.")) {
        if (type.startsWith("io.daybrief.transforms.") && type.endsWith("Fn") && stage.startsWith("outside")) {
          stage = type.substring("io.daybrief.transforms.".length());
        }
      }
    }
    byStage.merge(stage, 1, Integer::sum);
  }

  /** A named group, else the package down to "org.apache.beam.sdk.coders" or "org.apache.flink.runtime". */
  static String library(String type) {
    for (Map.Entry<String, String> library : LIBRARIES.entrySet()) {
      if (type.startsWith(library.getKey())) {
        return library.getValue();
      }
    }
    String[] parts = type.split("\\.");
    int depth = type.startsWith("org.apache.beam.") ? 5 : type.startsWith("org.apache.") ? 4 : 3;
    return String.join(".", List.of(parts).subList(0, Math.min(depth, parts.length - 1)));
  }

  /**
   * Threads of one kind together ("pool-3-thread-7" as "pool-3-thread"), but Flink subtasks apart
   * ("... (1/2)" and "... (2/2)"): an idle second subtask shows work that did not spread.
   */
  static String threadGroup(String thread) {
    String group = thread.replaceAll("#\\d+$", "").replaceAll("-\\d+$", "");
    if (group.length() <= 110) {
      return group;
    }
    // Flink's chain names run to kilobytes; keep the start (the first operator) and the subtask.
    int subtask = group.lastIndexOf(" (");
    String suffix = subtask > 0 ? group.substring(subtask) : "";
    return group.substring(0, 100) + "..." + suffix;
  }

  private static String name(RecordedMethod method) {
    String type = method.getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
  }

  private void print(int top) {
    System.out.printf(Locale.ROOT, "%d CPU samples; GC: %d collections, %.1f s paused, max heap used %.0f MB%n",
        samples, gcPauses, gcPauseTotal.toMillis() / 1000.0, maxHeapUsedMb);
    if (cpuLoads > 0) {
      System.out.printf(Locale.ROOT, "CPU load (share of all cores): this JVM %.0f%%, whole machine %.0f%%%n",
          100 * jvmCpuSum / cpuLoads, 100 * machineCpuSum / cpuLoads);
    }
    section("by job stage (the DoFn on the stack)", byStage, top);
    section("by library or package (JDK frames charged to their caller)", byLibrary, top);
    section("by thread", byThread, 16);
    section("hottest methods (self time)", selfMethods, top);
    section("daybrief methods (inclusive)", daybriefInclusive, top);
    section("library methods (inclusive: the runner's share and its call paths)", libraryInclusive, top + 15);
  }

  private void section(String title, Map<String, Integer> counts, int top) {
    System.out.println();
    System.out.println(title + ":");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()));
  }
}
