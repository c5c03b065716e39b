package io.daybrief.digest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/** Renders a finished run's digest and writes it into the run's output directory. */
public final class DigestWriter {
  private DigestWriter() {}

  /**
   * Reads the run back from {@code outputDirectory} and writes {@code digest.html} or
   * {@code digest.md} there, replacing an older one atomically like the job's other outputs.
   *
   * @return the file written
   */
  public static String write(ReportFormat format, String outputDirectory) throws IOException {
    if (format == ReportFormat.none) {
      throw new IllegalArgumentException("no digest to write for --report=none");
    }
    Digest digest = DigestReader.read(outputDirectory);
    String text = format == ReportFormat.html ? HtmlDigest.render(digest) : MarkdownDigest.render(digest);
    ResourceId directory = FileSystems.matchNewResource(outputDirectory, true);
    ResourceId target = directory.resolve(format.fileName(), StandardResolveOptions.RESOLVE_FILE);
    ResourceId temporary =
        directory.resolve("." + format.fileName() + ".tmp-" + UUID.randomUUID(), StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(temporary, MimeTypes.TEXT))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    FileSystems.rename(List.of(temporary), List.of(target), StandardMoveOptions.IGNORE_MISSING_FILES);
    return target.toString();
  }
}
