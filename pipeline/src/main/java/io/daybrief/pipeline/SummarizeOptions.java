package io.daybrief.pipeline;

import io.daybrief.digest.ReportFormat;
import io.daybrief.text.DaySummarizer;
import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Every option of the daybrief job; runner options (Direct, Flink) come on top. */
public interface SummarizeOptions extends PipelineOptions {

  /** Whether documents without any date are summarized as their own group or left out. */
  enum UndatedPolicy {
    group,
    skip
  }

  @Description("Input files: globs or directories on any Beam filesystem (repeat the option for several). "
      + "Formats by name: .txt or no extension (plain text), .jsonl (JSON Lines), either with .gz or .bz2.")
  @Validation.Required
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Output directory: summaries.jsonl, rejected.jsonl and report.json are written there.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

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

  @Description("Sentences per date summary.")
  @Default.Integer(5)
  int getSentencesPerDate();

  void setSentencesPerDate(int value);

  @Description("Word budget per date summary; when set (> 0) it replaces --sentencesPerDate.")
  @Default.Integer(0)
  int getWordsPerDate();

  void setWordsPerDate(int value);

  @Description("Position prior: a sentence in block p of its document is weighted 1 + w / (1 + p); 0 turns it off.")
  @Default.Double(0.0)
  double getPositionWeight();

  void setPositionWeight(double value);

  @Description("Length prior: sentences longer than this many words are scaled by target / words; 0 turns it off.")
  @Default.Integer(0)
  int getLengthTarget();

  void setLengthTarget(int value);

  @Description("MMR: each pick maximizes lambda * score - (1 - lambda) * max cosine to the sentences already picked (0..1]; 1 is plain greedy.")
  @Default.Double(1.0)
  double getMmrLambda();

  void setMmrLambda(double value);

  @Description("Sentences with fewer words are not candidates for a summary.")
  @Default.Integer(6)
  int getMinSentenceWords();

  void setMinSentenceWords(int value);

  @Description("A sentence whose TF-IDF cosine to one already chosen reaches this is skipped as a repeat (0..1].")
  @Default.Double(0.5)
  double getRedundancyThreshold();

  void setRedundancyThreshold(double value);

  @Description("Sentence scoring: CENTROID (cosine to the date's TF-IDF centroid, each article counting once), "
      + "DOCUMENT_FREQUENCY (cosine to idf times the number of the date's articles using a term), SIGNATURE "
      + "(CENTROID kept to the terms far more frequent on the date than on the run's other dates) or SUM "
      + "(plain TF-IDF sum).")
  @Default.Enum("CENTROID")
  DaySummarizer.Scoring getScoring();

  void setScoring(DaySummarizer.Scoring value);

  @Description("Relevance is dot(sentence, centroid) / (|centroid| |sentence|^e): 1 is the cosine, smaller values "
      + "let longer sentences count more, 0 is the plain dot product (0..1).")
  @Default.Double(1.0)
  double getNormExponent();

  void setNormExponent(double value);

  @Description("LexRank: the best this many sentences of a date are re-ranked by their centrality among each other "
      + "(a random walk over TF-IDF cosines that jumps by score); the rest are left out. 0 turns it off.")
  @Default.Integer(0)
  int getLexRankPool();

  void setLexRankPool(int value);

  @Description("Position decay: a sentence in block p of its document is weighted 2^(-p / h), which sinks the "
      + "reader comments and link lists that follow a story on its page; 0 turns it off.")
  @Default.Double(0.0)
  double getPositionHalfLife();

  void setPositionHalfLife(double value);

  @Description("Day prior: a sentence that names the summarized day (its weekday, month and day, 'today') is "
      + "weighted 1 + w; 0 turns it off.")
  @Default.Double(0.0)
  double getSameDayWeight();

  void setSameDayWeight(double value);

  @Description("Day prior: a sentence that names only other days ('yesterday', another weekday or date) is "
      + "weighted 1 + w (above -1; negative to demote background); 0 turns it off.")
  @Default.Double(0.0)
  double getOtherDayWeight();

  void setOtherDayWeight(double value);

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

  @Description("Human-readable digest written next to the outputs after the run: 'html' (digest.html: one self-contained "
      + "page with a timeline chart, a date filter and every summary), 'md' (digest.md) or 'none'.")
  @Default.Enum("none")
  ReportFormat getReport();

  void setReport(ReportFormat value);

  @Description("Seconds between progress lines on stderr while the job runs (documents read, dates summarized, "
      + "throughput; on a Flink cluster the job's web UI link). The first comes after this long, so short runs print none. 0 turns them off.")
  @Default.Integer(10)
  int getProgressSeconds();

  void setProgressSeconds(int value);

  @Description("Run even when an --input matches no file (its outputs are then empty). Without it such an input "
      + "is an error before any work. Also for inputs that only the Flink cluster, not this client, can see.")
  @Default.Boolean(false)
  boolean getAllowEmpty();

  void setAllowEmpty(boolean value);

  @Description("Plain-text files larger than this many bytes (after decompression) and JSON lines longer than "
      + "this are rejected unread: one huge file must not exhaust a worker's memory.")
  @Default.Integer(16 * 1024 * 1024)
  int getMaxDocumentBytes();

  void setMaxDocumentBytes(int value);

  @Description("Flink: restarts of a failed job before it fails for good; delays from 2 s doubling to 30 s, and "
      + "failures while a restart is pending count once. 0: never restart. Not applied when --flinkConfDir or "
      + "FLINK_CONF_DIR supplies a Flink configuration: its restart-strategy applies.")
  @Default.Integer(4)
  int getFlinkRestartAttempts();

  void setFlinkRestartAttempts(int value);

  // Streaming (with --streaming): see README, Streaming.

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
      + "rejected with the reason 'late'), e.g. 2d, 12h.")
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
