package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.daybrief.transforms.Counters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

  @Test
  void elapsedTimeReadsLikeAClock() {
    assertEquals("0:07", ProgressReporter.clock(Duration.ofSeconds(7)));
    assertEquals("12:34", ProgressReporter.clock(Duration.ofSeconds(754)));
    assertEquals("2:03:04", ProgressReporter.clock(Duration.ofSeconds(7384)));
  }

  @Test
  void countersLineGivesDocumentsTheirReadingRateAndDates() {
    assertEquals("daybrief: running for 1:05 · 12,345 documents read (190/s) · 40 dates summarized",
        ProgressReporter.countersLine(Duration.ofSeconds(65), 12345, Duration.ofSeconds(65), 40));
    assertEquals("daybrief: running for 5:00 · 12,345 documents read (1,235/s) · 0 dates summarized",
        ProgressReporter.countersLine(Duration.ofMinutes(5), 12345, Duration.ofSeconds(10), 0));
  }

  @Test
  void negativePeriodsAreRefusedWithTheFix() {
    SummarizeOptions options = PipelineOptionsFactory.fromArgs("--progressSeconds=-1").as(SummarizeOptions.class);
    assertEquals("--progressSeconds must be 0 (off) or a number of seconds, was -1",
        assertThrows(IllegalArgumentException.class, () -> ProgressReporter.start(options, System.err)).getMessage());
  }

  /** Reading commits its counter at once; a slow later stage keeps the job running while progress is polled. */
  @Test
  void theDirectRunnerReportsDocumentsReadWhileTheJobRuns() {
    SummarizeOptions options = PipelineOptionsFactory.fromArgs("--progressSeconds=1").as(SummarizeOptions.class);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Pipeline pipeline = Pipeline.create(options);
    pipeline.apply(Create.of(1, 2, 3, 4, 5))
        .apply("CountRead", ParDo.of(new CountReadFn()))
        .apply(Reshuffle.viaRandomKey())
        .apply("Slow", ParDo.of(new SleepFn()));
    try (ProgressReporter progress = ProgressReporter.start(options, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertFalse(options.as(DirectOptions.class).isBlockOnRun(), "run() must return so that the job can be polled");
      PipelineResult result = pipeline.run();
      progress.follow(result);
      assertEquals(PipelineResult.State.DONE, result.waitUntilFinish());
    }
    String lines = printed.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains(" · 5 documents read ("), lines);
    assertTrue(lines.startsWith("daybrief: running for 0:0"), lines);
  }

  @Test
  void progressOffLeavesTheRunnerAloneAndPrintsNothing() {
    SummarizeOptions options = PipelineOptionsFactory.fromArgs("--progressSeconds=0").as(SummarizeOptions.class);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Pipeline pipeline = Pipeline.create(options);
    pipeline.apply(Create.of(1, 2)).apply(ParDo.of(new SleepFn()));
    try (ProgressReporter progress = ProgressReporter.start(options, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertTrue(options.as(DirectOptions.class).isBlockOnRun());
      progress.follow(pipeline.run());
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFlinkClusterJobIsFoundByItsBeamJobName() throws IOException {
    HttpServer flink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    flink.createContext("/jobs/overview", exchange -> {
      byte[] body = ("{\"jobs\":[{\"jid\":\"old\",\"name\":\"daybrief-job\",\"state\":\"FINISHED\",\"start-time\":1},"
          + "{\"jid\":\"other\",\"name\":\"someone-else\",\"state\":\"RUNNING\",\"start-time\":3},"
          + "{\"jid\":\"a1b2\",\"name\":\"daybrief-job\",\"state\":\"RUNNING\",\"start-time\":2}]}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    flink.start();
    try {
      String master = "127.0.0.1:" + flink.getAddress().getPort();
      FlinkWebUi ui = new FlinkWebUi(master);
      assertEquals(Optional.of(new FlinkWebUi.Job("a1b2", "RUNNING")), ui.findJob("daybrief-job"));
      assertEquals("http://" + master + "/#/job/a1b2/overview", ui.jobPage("a1b2"));
      assertEquals(Optional.empty(), ui.findJob("never-submitted"));
    } finally {
      flink.stop(0);
    }
  }

  @Test
  void anUnreachableClusterLeavesTheWebUiRoot() throws IOException {
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    FlinkWebUi ui = new FlinkWebUi("127.0.0.1:" + closedPort);
    assertEquals(Optional.empty(), ui.findJob("daybrief-job"));
    assertEquals("http://127.0.0.1:" + closedPort + "/", ui.root());
  }

  static final class CountReadFn extends DoFn<Integer, Integer> {
    private final Counter read = Counters.counter(Counters.DOCUMENTS_READ);

    @ProcessElement
    public void process(@Element Integer document, OutputReceiver<Integer> out) {
      read.inc();
      out.output(document);
    }
  }

  static final class SleepFn extends DoFn<Integer, Integer> {
    @ProcessElement
    public void process(@Element Integer element, OutputReceiver<Integer> out) throws InterruptedException {
      Thread.sleep(1500);
      out.output(element);
    }
  }
}
