package io.daybrief.pipeline;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Which dates a document and a sentence belong to, and which dates the run summarizes. */
@Description("Which dates a document and a sentence belong to, and which dates the run summarizes.")
@HelpGroup("Dates")
public interface DateOptions extends PipelineOptions {
  /** Whether documents without any date are summarized as their own group or left out. */
  enum UndatedPolicy {
    group,
    skip
  }

  @Description("Time zone that full timestamps are reduced to a date in (IANA name).")
  @Default.String("UTC")
  String getTimeZone();

  void setTimeZone(String value);

  @Description("Documents with no date at all: 'group' summarizes them as the date 'undated', 'skip' leaves them out.")
  @Default.Enum("group")
  UndatedPolicy getUndated();

  void setUndated(UndatedPolicy value);

  @Description("First date to summarize, YYYY-MM-DD, inclusive. Leaves undated documents out.")
  String getFrom();

  void setFrom(String value);

  @Description("Last date to summarize, YYYY-MM-DD, inclusive. Leaves undated documents out.")
  String getTo();

  void setTo(String value);

  @Description("Only these dates, YYYY-MM-DD, comma-separated (within --from/--to if given). Leaves undated documents out; "
      + "archive partitions (date=YYYY-MM-DD/ or YYYY/MM/DD/ in the path) of other dates are not read.")
  List<String> getDates();

  void setDates(List<String> value);

  /** Which date a sentence belongs to. */
  enum DateBy {
    /** The day it reports: its first date expression, else its article's (see --reportWindowDays). */
    reported,
    /** Its article's publication date: "what was published that day". */
    published
  }

  @Description("Which date a sentence belongs to: 'reported' (the day it reports: its first date expression such as "
      + "'yesterday', 'on Tuesday', 'March 3', resolved against its article's date, within --reportWindowDays; a "
      + "sentence without one, its article's date) or 'published' (its article's date). Unset: 'reported' (with "
      + "--state, see --rewriteDays; with --streaming, see --allowedLateness).")
  DateBy getDateBy();

  void setDateBy(DateBy value);

  @Description("With --dateBy=reported: how many days before its article's date a date a sentence names may lie "
      + "and still be the date it reports (later dates are announcements, never reported dates).")
  @Default.Integer(2)
  int getReportWindowDays();

  void setReportWindowDays(int value);

  @Description("Keep only the N most important dates (a timeline's key dates): importance counts a date's own articles "
      + "and the articles of other days that report on it by name (see 'importance' in summaries.jsonl). 0 keeps all.")
  @Default.Integer(0)
  int getTopDates();

  void setTopDates(int value);
}
