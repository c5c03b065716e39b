package io.daybrief.pipeline;

import io.daybrief.text.DaySummarizer;
import java.util.List;
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

  @Description("A sentence is skipped as a repeat when one already chosen holds this share of its weight toward the "
      + "date's centroid (the terms that say what the day is about), however differently worded (0..1]; 1 is off. "
      + "0.6 gives summaries of more distinct facts at a small cost in ROUGE (docs/quality.md).")
  @Default.Double(1.0)
  double getRepeatedShare();

  void setRepeatedShare(double value);

  @Description("How a date's sentences are chosen: SUMMARY greedily builds the summary whose whole TF-IDF vector is "
      + "closest to the date's centroid (news-tls's CENTROID-OPT); RANK takes sentences by their own cosine to it. "
      + "Unset: SUMMARY with --dateBy=reported, RANK with --dateBy=published (each measured best with that dating).")
  DaySummarizer.Selection getSelection();

  void setSelection(DaySummarizer.Selection value);

  @Description("What a date's centroid is made of: SENTENCES (each candidate sentence's TF-IDF vector at unit length) "
      + "or DOCUMENTS (each article's, at unit length). Unset: SENTENCES with --dateBy=reported, DOCUMENTS with "
      + "--dateBy=published.")
  DaySummarizer.Centroid getCentroid();

  void setCentroid(DaySummarizer.Centroid value);

  @Description("Only sentences mentioning one of these words (comma-separated, case-insensitive) may be in a summary: "
      + "for an archive about one subject. The date's centroid still comes from all its sentences.")
  List<String> getKeywords();

  void setKeywords(List<String> value);
}
