package io.daybrief.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a {@link Timeline} as an inline SVG: a documents panel above a new-paragraphs panel on a
 * shared calendar axis, the undated group apart on the right. Each slot with dates is one
 * {@code <a class="mark">} that links to its first date's section and carries the slot's date
 * range in {@code data-from}/{@code data-to} for the page's filter. Colors come from the page's CSS.
 */
final class TimelineSvg {
  static final int WIDTH = 960;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int UNDATED_WIDTH = 64;
  private static final int UNDATED_GAP = 20;
  private static final int PANEL_HEIGHT = 80;
  private static final int TITLE_HEIGHT = 22;
  private static final int PANEL_GAP = 14;
  private static final int AXIS_HEIGHT = 24;
  private static final double MAX_BAR_WIDTH = 28;
  private static final double MIN_VISIBLE_BAR = 1.5;
  private static final int MAX_TICKS = 8;
  /** Slots at least this wide get their counts written above the bars. */
  private static final double MIN_LABELLED_SLOT = 26;
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter FULL_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private final Timeline timeline;
  private final Function<Digest.Day, String> anchor;
  private final double plotRight;
  private final double slotWidth;
  private final double barWidth;
  private final long maxDocuments;
  private final long maxParagraphs;
  private final boolean labelled;

  /** {@code anchor} gives the id of a date's section on the page. */
  private TimelineSvg(Timeline timeline, Function<Digest.Day, String> anchor) {
    this.timeline = timeline;
    this.anchor = anchor;
    this.plotRight = WIDTH - RIGHT - (timeline.undated().isPresent() ? UNDATED_WIDTH + UNDATED_GAP : 0);
    this.slotWidth = timeline.slotCount() == 0 ? 0 : (plotRight - LEFT) / timeline.slotCount();
    this.barWidth = Math.max(1, Math.min(MAX_BAR_WIDTH, slotWidth * 0.72));
    this.maxDocuments = niceCeiling(timeline.maxDocuments());
    this.maxParagraphs = niceCeiling(timeline.maxParagraphs());
    this.labelled = timeline.buckets().isEmpty() || slotWidth >= MIN_LABELLED_SLOT;
  }

  static String render(Timeline timeline, Function<Digest.Day, String> anchor) {
    return new TimelineSvg(timeline, anchor).svg();
  }

  static int height() {
    return 2 * (TITLE_HEIGHT + PANEL_HEIGHT) + PANEL_GAP + AXIS_HEIGHT;
  }

  private static double documentsTop() {
    return TITLE_HEIGHT;
  }

  private static double paragraphsTop() {
    return TITLE_HEIGHT + PANEL_HEIGHT + PANEL_GAP + TITLE_HEIGHT;
  }

  private String svg() {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" data-granularity=\"").append(timeline.granularity().name().toLowerCase(Locale.ROOT))
        .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height())
        .append("\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">\n")
        .append("<title id=\"chart-title\">Documents and new paragraphs per ").append(slotName()).append("</title>\n");
    panel(svg, "Documents", "docs", documentsTop(), maxDocuments);
    panel(svg, "New paragraphs", "paras", paragraphsTop(), maxParagraphs);
    ticks(svg);
    for (Timeline.Bucket bucket : timeline.buckets()) {
      double center = LEFT + (bucket.slot() + 0.5) * slotWidth;
      mark(svg, bucket.days().get(0), center, Math.max(slotWidth, barWidth), bucket.documents(), bucket.paragraphs(),
          " data-from=\"" + bucket.start() + "\" data-to=\"" + bucket.end() + "\"", tooltip(bucket));
    }
    timeline.undated().ifPresent(undated -> {
      double separator = plotRight + UNDATED_GAP / 2.0;
      svg.append("<line class=\"separator\" x1=\"").append(format(separator)).append("\" y1=\"").append(format(documentsTop()))
          .append("\" x2=\"").append(format(separator)).append("\" y2=\"").append(format(paragraphsTop() + PANEL_HEIGHT))
          .append("\"/>\n");
      double center = WIDTH - RIGHT - UNDATED_WIDTH / 2.0;
      mark(svg, undated, center, UNDATED_WIDTH, undated.documents(), undated.paragraphs(), " data-undated=\"\"",
          "undated: " + counts(undated.documents(), undated.paragraphs()));
      svg.append("<text class=\"tick\" x=\"").append(format(center)).append("\" y=\"").append(format(axisTextY()))
          .append("\" text-anchor=\"middle\">undated</text>\n");
    });
    if (timeline.buckets().isEmpty() && timeline.undated().isEmpty()) {
      svg.append("<text class=\"empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(height() / 2)
          .append("\" text-anchor=\"middle\">No dates were summarized</text>\n");
    }
    return svg.append("</svg>").toString();
  }

  /** A panel's title, its top gridline with the scale's maximum, and its baseline. */
  private void panel(StringBuilder svg, String title, String series, double top, long max) {
    double bottom = top + PANEL_HEIGHT;
    svg.append("<text class=\"panel-title ").append(series).append("\" x=\"").append(LEFT).append("\" y=\"")
        .append(format(top - 8)).append("\">").append(title).append("</text>\n")
        .append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(format(top)).append("\" x2=\"")
        .append(WIDTH - RIGHT).append("\" y2=\"").append(format(top)).append("\"/>\n")
        .append("<text class=\"scale\" x=\"").append(LEFT - 6).append("\" y=\"").append(format(top + 4))
        .append("\" text-anchor=\"end\">").append(Wording.number(max)).append("</text>\n")
        .append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(format(bottom)).append("\" x2=\"")
        .append(WIDTH - RIGHT).append("\" y2=\"").append(format(bottom)).append("\"/>\n")
        .append("<text class=\"scale\" x=\"").append(LEFT - 6).append("\" y=\"").append(format(bottom + 4))
        .append("\" text-anchor=\"end\">0</text>\n");
  }

  private void mark(StringBuilder svg, Digest.Day first, double center, double hitWidth, long documents, long paragraphs,
      String dataAttributes, String tooltip) {
    svg.append("<a class=\"mark\" href=\"#").append(Html.escape(anchor.apply(first))).append('"').append(dataAttributes)
        .append("><title>").append(Html.escape(tooltip)).append("</title>")
        .append("<rect class=\"hit\" x=\"").append(format(center - hitWidth / 2)).append("\" y=\"0\" width=\"")
        .append(format(hitWidth)).append("\" height=\"").append(format(paragraphsTop() + PANEL_HEIGHT)).append("\"/>");
    bar(svg, "docs", center, documentsTop(), documents, maxDocuments);
    bar(svg, "paras", center, paragraphsTop(), paragraphs, maxParagraphs);
    svg.append("</a>\n");
  }

  private void bar(StringBuilder svg, String series, double center, double top, long value, long max) {
    double height = max == 0 ? 0 : PANEL_HEIGHT * (double) value / max;
    if (value > 0) {
      height = Math.max(MIN_VISIBLE_BAR, height);
    }
    svg.append("<rect class=\"").append(series).append("\" x=\"").append(format(center - barWidth / 2)).append("\" y=\"")
        .append(format(top + PANEL_HEIGHT - height)).append("\" width=\"").append(format(barWidth)).append("\" height=\"")
        .append(format(height)).append("\" rx=\"").append(format(Math.min(3, barWidth / 4))).append("\"/>");
    if (labelled) {
      svg.append("<text class=\"value\" x=\"").append(format(center)).append("\" y=\"")
          .append(format(top + PANEL_HEIGHT - height - 4)).append("\" text-anchor=\"middle\">").append(Wording.number(value))
          .append("</text>");
    }
  }

  /** Labels at evenly spaced slots; the year is written on the first label and where it changes. */
  private void ticks(StringBuilder svg) {
    if (timeline.buckets().isEmpty()) {
      return;
    }
    LocalDate firstSlot = timeline.buckets().get(0).start();
    int step = Math.max(1, (timeline.slotCount() + MAX_TICKS - 1) / MAX_TICKS);
    Integer previousYear = null;
    for (int slot = 0; slot < timeline.slotCount(); slot += step) {
      LocalDate start = slotStart(firstSlot, slot);
      boolean showYear = previousYear == null || previousYear != start.getYear();
      previousYear = start.getYear();
      double center = LEFT + (slot + 0.5) * slotWidth;
      svg.append("<text class=\"tick\" x=\"").append(format(center)).append("\" y=\"").append(format(axisTextY()))
          .append("\" text-anchor=\"middle\">").append(tickLabel(start, showYear)).append("</text>\n");
    }
  }

  private LocalDate slotStart(LocalDate firstSlot, int slot) {
    return switch (timeline.granularity()) {
      case DAY -> firstSlot.plusDays(slot);
      case WEEK -> firstSlot.plusWeeks(slot);
      case MONTH -> firstSlot.plusMonths(slot);
      case YEAR -> firstSlot.plusYears(slot);
    };
  }

  private String tickLabel(LocalDate start, boolean showYear) {
    return switch (timeline.granularity()) {
      case DAY, WEEK -> (showYear ? DAY_MONTH_YEAR : DAY_MONTH).format(start);
      case MONTH -> MONTH_YEAR.format(start);
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  private String tooltip(Timeline.Bucket bucket) {
    String period = switch (timeline.granularity()) {
      case DAY -> Wording.longDate(bucket.start());
      case WEEK -> "week of " + Wording.dateRange(bucket.start(), bucket.end());
      case MONTH -> FULL_MONTH_YEAR.format(bucket.start());
      case YEAR -> String.valueOf(bucket.start().getYear());
    };
    String dates = timeline.granularity() == Timeline.Granularity.DAY
        ? "" : ", " + Wording.count(bucket.days().size(), "date", "dates");
    return period + ": " + counts(bucket.documents(), bucket.paragraphs()) + dates;
  }

  private static String counts(long documents, long paragraphs) {
    return Wording.count(documents, "document", "documents") + ", " + Wording.count(paragraphs, "new paragraph", "new paragraphs");
  }

  private String slotName() {
    return timeline.granularity().name().toLowerCase(Locale.ROOT);
  }

  private static double axisTextY() {
    return paragraphsTop() + PANEL_HEIGHT + 17;
  }

  /**
   * The smallest round number at least {@code value} (1, 1.5, 2, 3, 4, 5, 6 or 8 times a power of
   * ten, whole numbers only): a scale people read at a glance that still lets the tallest bar fill
   * most of its panel.
   */
  static long niceCeiling(long value) {
    if (value <= 1) {
      return Math.max(value, 0);
    }
    for (long power = 1; ; power *= 10) {
      for (double step : new double[] {1, 1.5, 2, 3, 4, 5, 6, 8}) {
        double candidate = step * power;
        if (candidate == Math.rint(candidate) && candidate >= value) {
          return (long) candidate;
        }
      }
    }
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
