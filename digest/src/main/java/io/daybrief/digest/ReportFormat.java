package io.daybrief.digest;

/** The human-readable digest a run writes next to its JSON outputs, if any. */
public enum ReportFormat {
  none(null),
  html("digest.html"),
  md("digest.md");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  /** The file written in the output directory; {@code null} for {@link #none}. */
  public String fileName() {
    return fileName;
  }
}
