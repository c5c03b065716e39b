package io.daybrief.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** The archive state that lets a run over new dates count and dedupe as a run over the whole archive would. */
@Description("The archive state that lets a run over new dates count and dedupe as a run over the whole archive would.")
@HelpGroup("Archive state (incremental runs)")
public interface ArchiveStateOptions extends PipelineOptions {
  @Description("Archive state directory: what earlier dates contribute (document frequencies, paragraph and sentence "
      + "fingerprints). Read before the run, updated atomically after it, so that a run over new dates gives what a run "
      + "over the whole archive would. Leaves undated documents out. Local or mounted file system. With --streaming: "
      + "read once at the start, never written, to seed IDF and dedupe with the state's dates.")
  String getState();

  void setState(String value);

  @Description("Archive state: forget the fingerprints of dates this many days or more before the newest date "
      + "(their document frequencies are kept); copies of older paragraphs are then no longer recognized. 0 keeps all.")
  @Default.Integer(0)
  int getStateRetentionDays();

  void setStateRetentionDays(int value);

  @Description("Archive state, dating by report: a run over a date D also summarizes again the N dates before D "
      + "(rewriting their partitions), which D's articles can report on, and the state keeps the analyzed text of "
      + "its newest N dates for that. At least the report horizon (--reportWindowDays, 1 for a lead sentence's day "
      + "before), at most 31; default: the horizon. Must match the state's value.")
  Integer getRewriteDays();

  void setRewriteDays(Integer value);
}
