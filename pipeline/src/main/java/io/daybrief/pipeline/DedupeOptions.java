package io.daybrief.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** What counts as a copy of an earlier paragraph or sentence, and as template text. */
@Description("What counts as a copy of an earlier paragraph or sentence, and as template text.")
@HelpGroup("Duplicates and templates")
public interface DedupeOptions extends PipelineOptions {
  @Description("Sentences whose term-bigram Jaccard similarity to an earlier sentence reaches this are near copies (0..1].")
  @Default.Double(0.5)
  double getNearDuplicateJaccard();

  void setNearDuplicateJaccard(double value);

  @Description("Sentences that share this fraction of the smaller one's term bigrams with an earlier sentence are near copies (0..1].")
  @Default.Double(0.6)
  double getNearDuplicateContainment();

  void setNearDuplicateContainment(double value);

  @Description("A paragraph repeated at least this many times ...")
  @Default.Integer(5)
  int getTemplateMinOccurrences();

  void setTemplateMinOccurrences(int value);

  @Description("... on at least this many dates is template text (a site's footer), dropped everywhere.")
  @Default.Integer(3)
  int getTemplateMinDates();

  void setTemplateMinDates(int value);

  @Description("Hash shards for dedupe and term counting: the key count of those groupings. At least this many; "
      + "one per 8 MB of input when that is more, so that no group grows with the input.")
  @Default.Integer(16)
  int getShards();

  void setShards(int value);
}
