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

  @Description("A date's summary may also take the sentences that name it ('yesterday', 'on Tuesday', 'March 3', "
      + "resolved against their article's date) from articles published up to this many days after it; a date only "
      + "named becomes a date of its own. Batch only, not with --state: a date's summary then depends on later "
      + "articles. 0 turns it off.")
  @Default.Integer(0)
  int getMentionWindowDays();

  void setMentionWindowDays(int value);
}
