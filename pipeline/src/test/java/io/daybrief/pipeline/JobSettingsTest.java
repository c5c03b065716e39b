package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertEquals("--dateBy=reported does not combine with --state yet: use --dateBy=published",
        reason("--dateBy=reported", "--state=state"));
  }

  @Test
  void aDateCannotWaitForLaterArticlesWhileStreaming() {
    SummarizeOptions options = Main.parse(
        new String[] {"--input=in", "--output=out", "--streaming", "--dateBy=reported"});
    assertEquals("--dateBy=reported is for batch runs only, not with --streaming yet: use --dateBy=published",
        assertThrows(IllegalArgumentException.class, () -> StreamingJob.Settings.from(options)).getMessage());
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
