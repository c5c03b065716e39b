package io.daybrief.digest;

import io.daybrief.transforms.Counters;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The digest as one self-contained HTML page: run counters, the timeline chart, a date filter and
 * every date's summary with each sentence citing its source document. No external assets, and a
 * Content-Security-Policy that lets the browser load nothing and run only this page's own script,
 * so the page works offline and stays inert whatever the articles contain. Data lives in escaped
 * markup and attributes; the script is a constant, so no data is ever embedded in script text.
 * Beyond the first {@link #OPEN_DATES} dates the summaries start collapsed: the browser does not
 * lay out a closed {@code <details>}, which keeps a page of thousands of dates quick to open.
 */
public final class HtmlDigest {
  static final int OPEN_DATES = 40;

  private static final String STYLE = """
      :root { --ink: #1f2328; --muted: #59636e; --faint: #8c959f; --line: #d8dee4; --bg: #f6f8fa; --card: #ffffff;
        --docs: #4c6ef5; --paras: #12a594; --accent: #3b5bdb; --tint: #edf2ff; --hit: #fff3bf; }
      * { box-sizing: border-box; }
      [hidden] { display: none !important; }
      body { margin: 0; background: var(--bg); color: var(--ink);
        font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
      .page { max-width: 940px; margin: 0 auto; padding: 36px 24px 48px; }
      .eyebrow { margin: 0 0 6px; font-size: 12px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: var(--accent); }
      h1 { margin: 0 0 6px; font-size: 32px; line-height: 1.2; letter-spacing: -.01em; }
      .lede { margin: 0 0 24px; color: var(--muted); }
      .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(135px, 1fr)); gap: 12px; margin: 0; padding: 0; list-style: none; }
      .stat { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 12px 14px; }
      .stat .value { display: block; font-size: 24px; font-weight: 650; line-height: 1.2; font-variant-numeric: tabular-nums; }
      .stat .label { display: block; font-size: 13px; color: var(--muted); line-height: 1.35; }
      .card { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 18px 22px; margin: 18px 0; }
      .card h2 { margin: 0; font-size: 18px; }
      .caption { margin: 2px 0 10px; font-size: 14px; color: var(--muted); }
      details.counters { margin: 10px 0 0; font-size: 14px; color: var(--muted); }
      details.counters summary { cursor: pointer; }
      details.counters table { border-collapse: collapse; margin: 8px 0 0; font-variant-numeric: tabular-nums; }
      details.counters td { padding: 2px 16px 2px 0; border-bottom: 1px solid var(--line); }
      details.counters td.n { text-align: right; color: var(--ink); }
      svg.chart { display: block; width: 100%; height: auto; }
      .chart text { font-size: 12px; fill: var(--muted); }
      .chart .panel-title { font-size: 13px; font-weight: 600; }
      .chart .value { font-size: 12px; fill: var(--ink); }
      .chart .panel-title.docs { fill: var(--docs); }
      .chart .panel-title.paras { fill: var(--paras); }
      .chart rect.docs { fill: var(--docs); }
      .chart rect.paras { fill: var(--paras); }
      .chart .grid { stroke: var(--line); stroke-dasharray: 3 3; }
      .chart .axis { stroke: var(--faint); }
      .chart .separator { stroke: var(--line); stroke-dasharray: 2 4; }
      .chart .hit { fill: transparent; }
      .chart .mark:hover .hit, .chart .mark:focus .hit { fill: var(--tint); }
      .chart .mark.dim { opacity: .25; }
      .filter { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 12px; margin: 6px 0 0; }
      .filter label { display: flex; flex-direction: column; gap: 3px; font-size: 13px; color: var(--muted); }
      .filter input, .filter button { font: inherit; font-size: 14px; padding: 5px 9px; border: 1px solid var(--line); border-radius: 6px; background: var(--card); color: var(--ink); }
      .filter button { cursor: pointer; }
      .filter button:hover { background: var(--tint); }
      .filter output { margin-left: auto; font-size: 14px; color: var(--muted); }
      details.day { background: var(--card); border: 1px solid var(--line); border-radius: 12px; margin: 12px 0; }
      details.day > summary { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; padding: 14px 22px; cursor: pointer; list-style: none; }
      details.day > summary::-webkit-details-marker { display: none; }
      details.day > summary::before { content: "\\25B8"; color: var(--faint); transition: transform .15s; }
      details.day[open] > summary::before { transform: rotate(90deg); }
      details.day h2 { margin: 0; font-size: 19px; line-height: 1.3; }
      details.day .iso { font-size: 13px; color: var(--faint); font-variant-numeric: tabular-nums; }
      details.day .meta { margin-left: auto; font-size: 13px; color: var(--muted); }
      details.day .key { font-size: 13px; font-weight: 600; color: var(--accent); }
      .summary { padding: 0 24px 18px 44px; }
      ul.sentences { margin: 0; padding-left: 18px; }
      ul.sentences li { margin: 0 0 9px; }
      ul.sentences li::marker { color: var(--faint); }
      a.cite { margin-left: 3px; padding: 0 4px; border-radius: 4px; background: var(--tint); color: var(--accent);
        font-size: 11px; font-weight: 600; text-decoration: none; vertical-align: 2px; }
      a.cite:hover { text-decoration: underline; }
      .none { margin: 0; color: var(--muted); font-style: italic; }
      .sources { margin: 12px 0 0; padding: 8px 0 0; border-top: 1px solid var(--line); font-size: 13px; color: var(--muted); }
      .sources ol { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 2px 0 0; padding: 0; list-style: none; counter-reset: source; }
      .sources li { counter-increment: source; }
      .sources li::before { content: counter(source) " "; color: var(--accent); font-weight: 600; font-size: 11px; }
      .sources li:target { background: var(--hit); }
      .sources a { text-decoration: none; }
      .sources a:hover code { text-decoration: underline; }
      .sources code { font: 12px/1.6 ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, monospace; color: var(--ink); }
      footer { margin-top: 28px; font-size: 13px; color: var(--faint); }
      @media (max-width: 640px) { .page { padding: 20px 14px; } .summary { padding: 0 16px 16px 28px; } details.day .meta { margin-left: 0; } }
      @media print { body { background: #fff; } .filter { display: none; } details.day { break-inside: avoid; } }
      """;

  private static final String SCRIPT = """
      (function () {
        var days = Array.prototype.slice.call(document.querySelectorAll('details.day'));
        var marks = Array.prototype.slice.call(document.querySelectorAll('svg.chart .mark'));
        var filter = document.getElementById('filter');
        var from = document.getElementById('from');
        var to = document.getElementById('to');
        var shown = document.getElementById('shown');
        var openLimit = Number(filter.getAttribute('data-open-limit'));
        function dateShown(date) {
          if (date === 'undated') { return !from.value && !to.value; }
          return (!from.value || date >= from.value) && (!to.value || date <= to.value);
        }
        function rangeShown(start, end) {
          return (!from.value || end >= from.value) && (!to.value || start <= to.value);
        }
        function apply() {
          var visible = days.filter(function (day) {
            day.hidden = !dateShown(day.getAttribute('data-date'));
            return !day.hidden;
          });
          if ((from.value || to.value) && visible.length <= openLimit) {
            visible.forEach(function (day) { day.open = true; });
          }
          marks.forEach(function (mark) {
            var start = mark.getAttribute('data-from');
            var on = start === null ? dateShown('undated') : rangeShown(start, mark.getAttribute('data-to'));
            mark.classList.toggle('dim', !on);
          });
          var total = days.length.toLocaleString('en-US') + (days.length === 1 ? ' date' : ' dates');
          shown.textContent = visible.length === days.length
            ? 'All ' + total
            : visible.length.toLocaleString('en-US') + ' of ' + total;
        }
        marks.forEach(function (mark) {
          if (mark.getAttribute('data-from') === null) { return; }
          mark.addEventListener('click', function (event) {
            event.preventDefault();
            from.value = mark.getAttribute('data-from');
            to.value = mark.getAttribute('data-to');
            apply();
            var first = days.filter(function (day) { return !day.hidden; })[0];
            if (first) { first.scrollIntoView({ block: 'start' }); }
          });
        });
        from.addEventListener('input', apply);
        to.addEventListener('input', apply);
        document.getElementById('reset').addEventListener('click', function () {
          from.value = '';
          to.value = '';
          apply();
        });
        filter.hidden = false;
      })();
      """;

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src " + sha256(STYLE) + "; script-src " + sha256(SCRIPT);

  private HtmlDigest() {}

  public static String render(Digest digest) {
    StringBuilder html = new StringBuilder(4096 + digest.days().size() * 1024);
    List<Digest.Day> dated = digest.datedDays();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"daybrief\">\n")
        .append("<title>").append(Html.escape("Daily digest: " + title(dated))).append("</title>\n")
        .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
    header(html, digest, dated);
    timeline(html, digest, dated);
    html.append("<main id=\"days\">\n");
    Set<String> keyDates = digest.keyDates();
    for (int i = 0; i < digest.days().size(); i++) {
      Digest.Day day = digest.days().get(i);
      day(html, day, i, keyDates.contains(day.date()));
    }
    html.append("</main>\n<footer>Made by daybrief from summaries.jsonl, dates.jsonl and report.json. "
        + "Sentences are quoted verbatim from the articles; the number after each one is its source.</footer>\n")
        .append("</div>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String title(List<Digest.Day> dated) {
    return dated.isEmpty()
        ? "no dated articles"
        : Wording.dateRange(dated.get(0).localDate(), dated.get(dated.size() - 1).localDate());
  }

  private static void header(StringBuilder html, Digest digest, List<Digest.Day> dated) {
    boolean hasUndated = dated.size() < digest.days().size();
    String lede = Wording.count(dated.size(), "dated summary", "dated summaries")
        + (hasUndated ? " and one of undated articles" : "")
        + ", " + Wording.count(digest.sentences(), "sentence", "sentences") + " chosen from "
        + Wording.count(digest.documents(), "document", "documents") + ".";
    html.append("<header>\n<p class=\"eyebrow\">daybrief · daily digest</p>\n<h1>")
        .append(Html.escape(dated.isEmpty() ? "No dated articles" : title(dated))).append("</h1>\n")
        .append("<p class=\"lede\">").append(Html.escape(lede)).append("</p>\n</header>\n")
        .append("<section aria-label=\"Run counters\">\n<ul class=\"stats\">\n");
    Map<String, Long> stats = new LinkedHashMap<>();
    stats.put("documents read", digest.counter(Counters.DOCUMENTS_READ));
    stats.put("inputs rejected", digest.counter(Counters.REJECTED_RECORDS));
    stats.put("boilerplate paragraphs dropped", digest.boilerplateDropped());
    stats.put("duplicate paragraphs dropped", digest.counter(Counters.DUPLICATES_EXACT));
    stats.put("near-copy sentences dropped", digest.counter(Counters.DUPLICATES_NEAR));
    stats.put("dates summarized", digest.counter(Counters.DATES_SUMMARIZED));
    stats.forEach((label, value) -> html.append("<li class=\"stat\"><span class=\"value\">").append(Wording.number(value))
        .append("</span><span class=\"label\">").append(Html.escape(label)).append("</span></li>\n"));
    html.append("</ul>\n<details class=\"counters\"><summary>All counters of the run</summary>\n<table>\n");
    digest.counters().forEach((name, value) -> html.append("<tr><td>").append(Html.escape(name))
        .append("</td><td class=\"n\">").append(Wording.number(value)).append("</td></tr>\n"));
    html.append("</table>\n</details>\n</section>\n");
  }

  private static void timeline(StringBuilder html, Digest digest, List<Digest.Day> dated) {
    Timeline timeline = Timeline.of(digest.days(), Timeline.MAX_SLOTS);
    Map<String, String> anchorsByDate = new HashMap<>();
    for (int i = 0; i < digest.days().size(); i++) {
      anchorsByDate.put(digest.days().get(i).date(), anchor(i));
    }
    String per = switch (timeline.granularity()) {
      case DAY -> "per day";
      case WEEK -> "per week (Monday to Sunday)";
      case MONTH -> "per month";
      case YEAR -> "per year";
    };
    html.append("<section class=\"card timeline\" aria-labelledby=\"timeline-title\">\n")
        .append("<h2 id=\"timeline-title\">Timeline</h2>\n<p class=\"caption\">Documents and the paragraphs that were new on the day, ")
        .append(per).append(". Select a bar to show only its dates.</p>\n")
        .append(TimelineSvg.render(timeline, day -> anchorsByDate.get(day.date()))).append('\n');
    String min = dated.isEmpty() ? "" : dated.get(0).date();
    String max = dated.isEmpty() ? "" : dated.get(dated.size() - 1).date();
    html.append("<div class=\"filter\" id=\"filter\" role=\"search\" hidden data-open-limit=\"").append(OPEN_DATES)
        .append("\">\n")
        .append("<label>From <input type=\"date\" id=\"from\" min=\"").append(min).append("\" max=\"").append(max).append("\"></label>\n")
        .append("<label>To <input type=\"date\" id=\"to\" min=\"").append(min).append("\" max=\"").append(max).append("\"></label>\n")
        .append("<button type=\"button\" id=\"reset\">Show all dates</button>\n")
        .append("<output id=\"shown\">All ").append(Wording.count(digest.days().size(), "date", "dates")).append("</output>\n")
        .append("</div>\n</section>\n");
  }

  private static void day(StringBuilder html, Digest.Day day, int index, boolean key) {
    html.append("<details class=\"day\" id=\"").append(anchor(index)).append("\" data-date=\"").append(Html.escape(day.date()))
        .append('"').append(index < OPEN_DATES ? " open" : "").append(">\n<summary>");
    if (day.isUndated()) {
      html.append("<h2>Undated</h2><span class=\"iso\">articles without a date</span>");
    } else {
      html.append("<h2><time datetime=\"").append(day.date()).append("\">").append(Wording.longDate(day.localDate()))
          .append("</time></h2><span class=\"iso\">").append(day.date()).append("</span>");
      if (key) {
        html.append("<span class=\"key\" title=\"one of the most important dates: its articles and the other days' "
            + "articles that name it\">★ key date</span>");
      }
    }
    html.append("<span class=\"meta\">").append(Wording.count(day.documents(), "document", "documents")).append(" · ")
        .append(Wording.count(day.paragraphs(), "new paragraph", "new paragraphs")).append("</span></summary>\n")
        .append("<div class=\"summary\">\n");
    if (day.sentences().isEmpty()) {
      html.append("<p class=\"none\">No sentence of this date was long enough and new enough for a summary.</p>\n");
    } else {
      sentences(html, day, anchor(index));
    }
    html.append("</div>\n</details>\n");
  }

  /**
   * The sentences, each citing its document by number, then the date's sources in that numbering;
   * a source read from the web links to its address.
   */
  private static void sentences(StringBuilder html, Digest.Day day, String dayAnchor) {
    List<Digest.Line> sources = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    html.append("<ul class=\"sentences\">\n");
    for (Digest.Line line : day.sentences()) {
      int source = documents.indexOf(line.document()) + 1;
      if (source == 0) {
        documents.add(line.document());
        sources.add(line);
        source = sources.size();
      }
      html.append("<li>").append(Html.escape(line.text()))
          .append("<a class=\"cite\" href=\"#").append(dayAnchor).append("-s").append(source).append("\" title=\"")
          .append(Html.escape(line.sourceName())).append("\">").append(source).append("</a></li>\n");
    }
    html.append("</ul>\n<div class=\"sources\">Sources<ol>\n");
    for (int s = 0; s < sources.size(); s++) {
      Digest.Line source = sources.get(s);
      html.append("<li id=\"").append(dayAnchor).append("-s").append(s + 1).append("\">");
      if (source.url() != null) {
        html.append("<a href=\"").append(Html.escape(source.url())).append("\" rel=\"noopener noreferrer\"><code>")
            .append(Html.escape(source.url())).append("</code></a>");
      } else {
        html.append("<code>").append(Html.escape(source.document())).append("</code>");
      }
      html.append("</li>\n");
    }
    html.append("</ol></div>\n");
  }

  /** Ids by position, not by date text, so they are valid and unique whatever a date key holds. */
  private static String anchor(int dayIndex) {
    return "d" + dayIndex;
  }

  private static String sha256(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(hash) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
