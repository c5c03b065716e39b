package io.daybrief.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Command line entry point: parses options and runs the job; exit 0 on success, 1 on failure, 2 on bad options. */
public final class Main {
  /**
   * The DirectRunner's immutability and encodability checks re-encode every element; they find
   * bugs in DoFns (the tests keep them on) but make local runs several times slower.
   */
  private static final List<String> LOCAL_RUN_DEFAULTS =
      List.of("--enforceImmutability=false", "--enforceEncodability=false");

  private Main() {}

  public static void main(String[] args) {
    if (OptionsHelp.isRequested(args)) {
      System.out.print(OptionsHelp.text());
      return;
    }
    SummarizeOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("daybrief: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      DaybriefJob.run(options, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("daybrief: " + e.getMessage());
      System.exit(2);
    } catch (Exception e) {
      System.err.println("daybrief: failed: " + e);
      e.printStackTrace(System.err);
      System.exit(1);
    }
  }

  static SummarizeOptions parse(String[] args) {
    List<String> withDefaults = new ArrayList<>(Arrays.asList(args));
    for (String flag : LOCAL_RUN_DEFAULTS) {
      String name = flag.substring(0, flag.indexOf('='));
      if (withDefaults.stream().noneMatch(arg -> arg.equals(name) || arg.startsWith(name + "="))) {
        withDefaults.add(flag);
      }
    }
    PipelineOptionsFactory.register(SummarizeOptions.class);
    return PipelineOptionsFactory.fromArgs(withDefaults.toArray(new String[0]))
        .withValidation()
        .as(SummarizeOptions.class);
  }
}
