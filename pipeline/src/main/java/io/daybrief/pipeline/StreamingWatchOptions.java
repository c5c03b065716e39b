package io.daybrief.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** The streaming job (--streaming): how it watches the inputs and when a date's summary is final. */
@Description("The streaming job (--streaming): how it watches the inputs and when a date's summary is final.")
@HelpGroup("Streaming")
public interface StreamingWatchOptions extends PipelineOptions {
  @Description("Streaming: time between two listings of the inputs for new files, e.g. 10s, 1m.")
  @Default.String("10s")
  String getPollInterval();

  void setPollInterval(String value);

  @Description("Streaming: end the job once no new file has appeared for this long, e.g. 10m; every date then "
      + "gets its final summary. Empty: watch until cancelled.")
  @Default.String("")
  String getStopAfterIdle();

  void setStopAfterIdle(String value);

  @Description("Streaming: how long after the end of a date its documents are still taken (later ones go to "
      + "rejected with the reason 'late'), e.g. 2d, 12h; a date's summary is final then. With --dateBy=reported at "
      + "least --reportWindowDays days: a document is late once the first date it may report on has expired.")
  @Default.String("2d")
  String getAllowedLateness();

  void setAllowedLateness(String value);

  @Description("Streaming: an early summary of a date this long after a new document of it arrived, before the "
      + "watermark passes the date, e.g. 10s.")
  @Default.String("10s")
  String getEarlyFiringDelay();

  void setEarlyFiringDelay(String value);

  @Description("Streaming: the IDF of a date counts the documents of that date and the dates before it, this many dates in all.")
  @Default.Integer(30)
  int getIdfWindowDays();

  void setIdfWindowDays(int value);

  @Description("Streaming: a paragraph is a copy when it was seen on one of this many dates before its own.")
  @Default.Integer(30)
  int getDedupeRetentionDays();

  void setDedupeRetentionDays(int value);
}
