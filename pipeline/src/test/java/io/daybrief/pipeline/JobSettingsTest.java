package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.daybrief.text.DaySummarizer;
import org.junit.jupiter.api.Test;

class JobSettingsTest {

  @Test
  void badOptionsNameTheOptionAndTheFix() {
    assertEquals("--from 2022-03-04 is after --to 2022-03-03",
        reason("--from=2022-03-04", "--to=2022-03-03"));
    assertEquals("--sentencesPerDate must be a positive number, was 0", reason("--sentencesPerDate=0"));
    assertEquals("--from: '3 March' is not a date (expected YYYY-MM-DD)", reason("--from=3 March"));
    assertEquals("--timeZone: unknown time zone 'Mars/Olympus' (use an IANA name such as UTC or Europe/Kyiv)",
        reason("--timeZone=Mars/Olympus"));
    assertEquals("--reportWindowDays must be 0 or more, was -1", reason("--reportWindowDays=-1"));
    assertEquals("--repeatedShare must be in (0, 1], was 1.5", reason("--repeatedShare=1.5"));
    assertEquals("--rewriteDays must be from 2 (the days after a date whose articles can report on it, from "
        + "--reportWindowDays) to 31, was 1", reason("--state=state", "--rewriteDays=1"));
    assertEquals("--rewriteDays must be from 3 (the days after a date whose articles can report on it, from "
        + "--reportWindowDays) to 31, was 32", reason("--state=state", "--reportWindowDays=3", "--rewriteDays=32"));
    assertEquals("--rewriteDays=2 applies to --dateBy=reported only: dated by publication, a run changes only its own dates",
        reason("--state=state", "--dateBy=published", "--rewriteDays=2"));
    assertEquals("--stateRetentionDays=2 must be more than --rewriteDays=2 (the dates summarized again need their fingerprints)",
        reason("--state=state", "--stateRetentionDays=2"));
  }

  @Test
  void withAStateRunsDateByReportAndRewriteTheReportHorizon() {
    JobSettings settings = JobSettings.from(Main.parse(new String[] {"--input=in", "--output=out", "--state=state"}));
    assertEquals(2, settings.summarize().reported().windowDays());
    assertEquals(2, settings.rewriteDays());
    assertEquals(2, settings.summarize().idfHorizon().days());
    JobSettings published = JobSettings.from(
        Main.parse(new String[] {"--input=in", "--output=out", "--state=state", "--dateBy=published"}));
    assertEquals(0, published.rewriteDays());
    assertEquals(0, published.summarize().idfHorizon().days());
    JobSettings wider = JobSettings.from(Main.parse(
        new String[] {"--input=in", "--output=out", "--state=state", "--reportWindowDays=0", "--rewriteDays=4"}));
    assertEquals(1, wider.summarize().idfHorizon().days(), "a lead sentence reports on the day before");
    assertEquals(4, wider.rewriteDays());
  }

  @Test
  void theSummaryMethodFollowsTheDatingUnlessGiven() {
    DaySummarizer.Settings byReport = JobSettings.from(Main.parse(new String[] {"--input=in", "--output=out"}))
        .summarize().summary();
    assertEquals(DaySummarizer.Selection.SUMMARY, byReport.selection());
    assertEquals(DaySummarizer.Centroid.SENTENCES, byReport.centroid());
    assertEquals(DaySummarizer.CandidateCut.KNEE, byReport.cut());
    DaySummarizer.Settings published = JobSettings.from(
        Main.parse(new String[] {"--input=in", "--output=out", "--dateBy=published"})).summarize().summary();
    assertEquals(DaySummarizer.Selection.RANK, published.selection());
    assertEquals(DaySummarizer.Centroid.DOCUMENTS, published.centroid());
    assertEquals(DaySummarizer.CandidateCut.NONE, published.cut());
  }

  @Test
  void aStreamDatesByReportAndItsDatesWaitForTheArticlesThatMayReportOnThem() {
    StreamingJob.Settings byDefault = StreamingJob.Settings.from(Main.parse(
        new String[] {"--input=in", "--output=out", "--streaming"}));
    assertEquals(2, byDefault.summarize().summaries().dates().windowDays());
    StreamingJob.Settings published = StreamingJob.Settings.from(Main.parse(
        new String[] {"--input=in", "--output=out", "--streaming", "--dateBy=published", "--allowedLateness=1d"}));
    assertEquals(0, published.summarize().summaries().dates().windowDays());

    SummarizeOptions shortLateness = Main.parse(
        new String[] {"--input=in", "--output=out", "--streaming", "--reportWindowDays=3", "--allowedLateness=70h"});
    assertEquals("--allowedLateness=70h is shorter than --reportWindowDays=3: a date's final summary must wait for "
            + "the articles that may report on it (use --allowedLateness=3d or more, or --dateBy=published)",
        assertThrows(IllegalArgumentException.class, () -> StreamingJob.Settings.from(shortLateness)).getMessage());
  }

  @Test
  void localPathsBecomeAbsoluteForRemoteWorkers() {
    assertEquals(java.nio.file.Path.of("").toAbsolutePath() + "/out", JobSettings.absolute("out"));
    assertEquals("s3://bucket/out/", JobSettings.absolute("s3://bucket/out/"));
  }

  private static String reason(String... extra) {
    String[] args = new String[extra.length + 2];
    args[0] = "--input=in";
    args[1] = "--output=out";
    System.arraycopy(extra, 0, args, 2, extra.length);
    SummarizeOptions options = Main.parse(args);
    return assertThrows(IllegalArgumentException.class, () -> JobSettings.from(options)).getMessage();
  }
}
