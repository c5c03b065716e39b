package io.daybrief.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Command line entry point. Exit status, for cron and schedulers: {@value #OK} success,
 * {@value #FAILED} the run failed (reason on stderr), {@value #BAD_OPTIONS} bad options (a one-line
 * reason on stderr; nothing was read or written), {@value #LOCKED} another run holds the output or
 * archive state directory (a one-line reason on stderr; nothing was read or written).
 */
public final class Main {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_OPTIONS = 2;
  static final int LOCKED = 3;

  /**
   * The DirectRunner's immutability and encodability checks re-encode every element; they find
   * bugs in DoFns (the tests keep them on) but make local runs several times slower.
   */
  private static final List<String> LOCAL_RUN_DEFAULTS =
      List.of("--enforceImmutability=false", "--enforceEncodability=false");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Everything {@link #main} does except exiting: returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.startsWith("--help="))) {
      return help(args, out, err);
    }
    warnIfFileNamesAreNotUtf8(err);
    SummarizeOptions options;
    JobSettings settings;
    try {
      options = parse(args);
      if (StreamingJob.isStreaming(options)) {
        return streaming(options, out, err);
      }
      settings = Preflight.batch(options);
    } catch (IllegalArgumentException e) {
      err.println("daybrief: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      return BAD_OPTIONS;
    } catch (IOException | RuntimeException e) {
      err.println("daybrief: failed: cannot list the inputs: " + FailureLine.of(e));
      return FAILED;
    }
    try {
      BatchRun.run(options, settings, out, err);
      return OK;
    } catch (RunLock.LockedException e) {
      err.println("daybrief: " + e.getMessage());
      return LOCKED;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return failed(e, err);
    }
  }

  /** {@code --streaming}: the streaming job, with the same exit statuses. */
  private static int streaming(SummarizeOptions options, PrintStream out, PrintStream err) {
    StreamingJob.Settings settings = StreamingJob.validate(options);
    try {
      StreamingJob.run(options, settings, out);
      return OK;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return failed(e, err);
    }
  }

  /**
   * One line for the log; the stack trace after it, except for running out of memory, where it
   * only hides the line (and the suppressed exceptions the runner piled on it).
   */
  private static int failed(Throwable e, PrintStream err) {
    err.println("daybrief: failed: " + FailureLine.of(e));
    if (FailureLine.outOfMemory(e).isEmpty()) {
      e.printStackTrace(err);
    }
    return FAILED;
  }

  /** @throws IllegalArgumentException a one-line reason naming the bad option */
  static SummarizeOptions parse(String[] args) {
    PipelineOptionsFactory.register(SummarizeOptions.class);
    Optional<String> unknown = OptionErrors.unknownOption(args, knownOptions());
    if (unknown.isPresent()) {
      throw new IllegalArgumentException(unknown.get());
    }
    List<String> withDefaults = new ArrayList<>(Arrays.asList(args));
    for (String flag : LOCAL_RUN_DEFAULTS) {
      String name = flag.substring(0, flag.indexOf('='));
      if (withDefaults.stream().noneMatch(arg -> arg.equals(name) || arg.startsWith(name + "="))) {
        withDefaults.add(flag);
      }
    }
    try {
      return PipelineOptionsFactory.fromArgs(withDefaults.toArray(new String[0]))
          .withValidation()
          .as(SummarizeOptions.class);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(OptionErrors.oneLine(e, args), e);
    }
  }

  /** Every option of every registered options interface (ours, Beam's, the runners'), by its getter. */
  private static Set<String> knownOptions() {
    Set<String> names = new HashSet<>();
    for (Class<? extends PipelineOptions> options : PipelineOptionsFactory.getRegisteredOptions()) {
      for (Method method : options.getMethods()) {
        String name = method.getName();
        if (method.getParameterCount() == 0 && name.startsWith("get") && name.length() > 3) {
          names.add(propertyName(name.substring(3)));
        } else if (method.getParameterCount() == 0 && name.startsWith("is") && name.length() > 2) {
          names.add(propertyName(name.substring(2)));
        }
      }
    }
    return names;
  }

  /** The JavaBeans rule Beam follows: "FlinkMaster" is flinkMaster, but "URL" stays URL. */
  private static String propertyName(String capitalized) {
    if (capitalized.length() > 1 && Character.isUpperCase(capitalized.charAt(1))) {
      return capitalized;
    }
    return Character.toLowerCase(capitalized.charAt(0)) + capitalized.substring(1);
  }

  /** {@code --help}: daybrief's options; {@code --help=FlinkPipelineOptions} and the like: a runner's. */
  private static int help(String[] args, PrintStream out, PrintStream err) {
    String wanted = Arrays.stream(args).filter(arg -> arg.startsWith("--help=")).findFirst()
        .map(arg -> arg.substring("--help=".length())).orElse(null);
    if (wanted == null) {
      out.print(OptionsHelp.text());
      return OK;
    }
    PipelineOptionsFactory.register(SummarizeOptions.class);
    for (Class<? extends PipelineOptions> options : PipelineOptionsFactory.getRegisteredOptions()) {
      if (options.getSimpleName().equals(wanted) || options.getName().equals(wanted)) {
        PipelineOptionsFactory.printHelp(out, options);
        return OK;
      }
    }
    err.println("daybrief: --help=" + wanted + ": no such options; try --help");
    return BAD_OPTIONS;
  }

  /**
   * Without a UTF-8 locale (cron's default environment has none) the JVM cannot name files whose
   * names are not ASCII: such files would be rejected as unreadable.
   */
  private static void warnIfFileNamesAreNotUtf8(PrintStream err) {
    String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
    boolean utf8;
    try {
      utf8 = Charset.forName(encoding).equals(StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      utf8 = false;
    }
    if (!utf8) {
      err.println("daybrief: warning: file names are decoded as " + encoding
          + ", not UTF-8: files with non-ASCII names cannot be read; run with LANG=C.UTF-8 (scripts/summarize does)");
    }
  }

}
