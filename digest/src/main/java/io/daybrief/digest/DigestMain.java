package io.daybrief.digest;

import java.io.IOException;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Renders the digest of an earlier run again, without running the job:
 * {@code java -cp daybrief.jar io.daybrief.digest.DigestMain OUTPUT_DIR [html|md]}. The output
 * directory must hold a run made with {@code --report}, which writes the per-date counts.
 */
public final class DigestMain {
  static final String USAGE = "usage: java -cp daybrief.jar io.daybrief.digest.DigestMain OUTPUT_DIR [html|md]";

  private DigestMain() {}

  public static void main(String[] args) {
    if (args.length == 1 && args[0].equals("--help")) {
      System.out.println(USAGE);
      return;
    }
    if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    String formatName = args.length == 2 ? args[1] : ReportFormat.html.name();
    if (!formatName.equals(ReportFormat.html.name()) && !formatName.equals(ReportFormat.md.name())) {
      System.err.println("digest: the format must be html or md, was '" + formatName + "'");
      System.exit(2);
      return;
    }
    // Registers the filesystems the jar includes, so the output directory may be any Beam path.
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    try {
      System.out.println("digest: wrote " + DigestWriter.write(ReportFormat.valueOf(formatName), args[0]));
    } catch (IOException e) {
      System.err.println("digest: " + e.getMessage());
      System.exit(1);
    }
  }
}
