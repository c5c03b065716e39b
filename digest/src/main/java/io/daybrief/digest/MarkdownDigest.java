package io.daybrief.digest;

import io.daybrief.transforms.Counters;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The digest as CommonMark: the same content as the HTML page, with the timeline as a table of
 * text bars. Article text is escaped so that nothing in it becomes markup.
 */
public final class MarkdownDigest {
  private static final int BAR_WIDTH = 20;
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private MarkdownDigest() {}

  public static String render(Digest digest) {
    StringBuilder md = new StringBuilder();
    List<Digest.Day> dated = digest.datedDays();
    md.append("# Daily digest: ")
        .append(dated.isEmpty()
            ? "no dated articles"
            : Wording.dateRange(dated.get(0).localDate(), dated.get(dated.size() - 1).localDate()))
        .append("\n\n")
        .append(Wording.count(dated.size(), "dated summary", "dated summaries"))
        .append(dated.size() < digest.days().size() ? " and one of undated articles" : "")
        .append(", ").append(Wording.count(digest.sentences(), "sentence", "sentences"))
        .append(" chosen from ").append(Wording.count(digest.documents(), "document", "documents")).append(".\n\n");
    counters(md, digest);
    timeline(md, digest);
    Set<String> keyDates = digest.keyDates();
    for (Digest.Day day : digest.days()) {
      day(md, day, keyDates.contains(day.date()));
    }
    return md.toString();
  }

  private static void counters(StringBuilder md, Digest digest) {
    md.append("| documents read | rejected | boilerplate paragraphs | duplicate paragraphs | near-copy sentences | dates summarized |\n")
        .append("|---:|---:|---:|---:|---:|---:|\n")
        .append("| ").append(Wording.number(digest.counter(Counters.DOCUMENTS_READ)))
        .append(" | ").append(Wording.number(digest.counter(Counters.REJECTED_RECORDS)))
        .append(" | ").append(Wording.number(digest.boilerplateDropped()))
        .append(" | ").append(Wording.number(digest.counter(Counters.DUPLICATES_EXACT)))
        .append(" | ").append(Wording.number(digest.counter(Counters.DUPLICATES_NEAR)))
        .append(" | ").append(Wording.number(digest.counter(Counters.DATES_SUMMARIZED)))
        .append(" |\n\n");
  }

  private static void timeline(StringBuilder md, Digest digest) {
    Timeline timeline = Timeline.of(digest.days(), Timeline.MAX_SLOTS);
    if (timeline.buckets().isEmpty() && timeline.undated().isEmpty()) {
      return;
    }
    long maxDocuments = timeline.maxDocuments();
    long maxParagraphs = timeline.maxParagraphs();
    String period = switch (timeline.granularity()) {
      case DAY -> "date";
      case WEEK -> "week from";
      case MONTH -> "month";
      case YEAR -> "year";
    };
    md.append("## Timeline\n\n| ").append(period).append(" | documents | new paragraphs |\n|---|---|---|\n");
    for (Timeline.Bucket bucket : timeline.buckets()) {
      String label = switch (timeline.granularity()) {
        case DAY, WEEK -> bucket.start().toString();
        case MONTH -> MONTH_YEAR.format(bucket.start());
        case YEAR -> String.valueOf(bucket.start().getYear());
      };
      md.append("| ").append(label).append(" | ").append(bar(bucket.documents(), maxDocuments))
          .append(" | ").append(bar(bucket.paragraphs(), maxParagraphs)).append(" |\n");
    }
    timeline.undated().ifPresent(undated -> md.append("| undated | ").append(bar(undated.documents(), maxDocuments))
        .append(" | ").append(bar(undated.paragraphs(), maxParagraphs)).append(" |\n"));
    md.append('\n');
  }

  /** A text bar scaled to the column's maximum, then the number: "████▌ 12". */
  static String bar(long value, long max) {
    int eighths = max == 0 ? 0 : (int) Math.round(BAR_WIDTH * 8.0 * value / max);
    if (value > 0) {
      eighths = Math.max(1, eighths);
    }
    StringBuilder bar = new StringBuilder("█".repeat(eighths / 8));
    if (eighths % 8 > 0) {
      bar.append((char) ('█' + 8 - eighths % 8));
    }
    return (bar.isEmpty() ? "" : bar + " ") + Wording.number(value);
  }

  private static void day(StringBuilder md, Digest.Day day, boolean key) {
    md.append("## ").append(day.isUndated() ? "Undated" : Wording.longDate(day.localDate()))
        .append(key ? " ★ key date" : "").append("\n\n")
        .append(Wording.count(day.documents(), "document", "documents")).append(" · ")
        .append(Wording.count(day.paragraphs(), "new paragraph", "new paragraphs")).append("\n\n");
    if (day.sentences().isEmpty()) {
      md.append("*No sentence of this date was long enough and new enough for a summary.*\n\n");
      return;
    }
    for (Digest.Line line : day.sentences()) {
      md.append("- ").append(escape(line.text())).append(" — ").append(source(line)).append('\n');
    }
    md.append('\n');
  }

  /** The document id as code, or for a web page its address as a link (an autolink's brackets, so no markup is parsed in it). */
  static String source(Digest.Line line) {
    if (line.url() == null || line.url().matches(".*[<>\\s].*")) {
      return codeSpan(line.document());
    }
    return "<" + line.url() + ">";
  }

  /**
   * Backslash-escapes the characters that could start inline markup anywhere in a line, and the
   * ones that start a block at its beginning; line breaks become spaces so a sentence stays one
   * list item.
   */
  static String escape(String text) {
    String line = text.replaceAll("[\\r\\n]+", " ");
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\`*_[]<>&|~!".indexOf(c) >= 0 || (i == 0 && "#+-=".indexOf(c) >= 0)) {
        out.append('\\');
      }
      out.append(c);
    }
    // "1. Text" or "1) Text" at the start of an item would open a nested ordered list.
    return out.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
  }

  /** A code span that holds any text: the fence is longer than any run of backticks inside. */
  static String codeSpan(String text) {
    int longestRun = 0;
    int run = 0;
    for (char c : text.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    String fence = "`".repeat(longestRun + 1);
    String padding = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + padding + text.replaceAll("[\\r\\n]+", " ") + padding + fence;
  }
}
