package io.daybrief.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How long each date's summary is and which sentences may be in it. */
@Description("How long each date's summary is and which sentences may be in it.")
@HelpGroup("Summary")
public interface SummaryOptions extends PipelineOptions {
  @Description("Sentences per date summary.")
  @Default.Integer(5)
  int getSentencesPerDate();

  void setSentencesPerDate(int value);

  @Description("Word budget per date summary; when set (> 0) it replaces --sentencesPerDate.")
  @Default.Integer(0)
  int getWordsPerDate();

  void setWordsPerDate(int value);

  @Description("Sentences with fewer words are not candidates for a summary.")
  @Default.Integer(6)
  int getMinSentenceWords();

  void setMinSentenceWords(int value);

  @Description("A sentence whose TF-IDF cosine to one already chosen reaches this is skipped as a repeat (0..1].")
  @Default.Double(0.5)
  double getRedundancyThreshold();

  void setRedundancyThreshold(double value);
}
