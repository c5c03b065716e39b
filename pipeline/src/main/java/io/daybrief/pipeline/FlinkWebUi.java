package io.daybrief.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a job submitted to a Flink cluster can be watched. Beam's FlinkRunner blocks in
 * {@code run()} and does not hand out the Flink job id, but it submits the job under Beam's job
 * name, so the id is found by that name in the cluster's REST API (which serves the web UI too).
 */
final class FlinkWebUi {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A job as the cluster lists it. */
  record Job(String id, String state) {}

  private final String root;
  private final HttpClient http;

  /** {@code flinkMaster} as given to the FlinkRunner: {@code host:port}, or a URL. */
  FlinkWebUi(String flinkMaster) {
    String base = flinkMaster.contains("://") ? flinkMaster : "http://" + flinkMaster;
    this.root = base.endsWith("/") ? base : base + "/";
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  String root() {
    return root;
  }

  String jobPage(String jobId) {
    return root + "#/job/" + jobId + "/overview";
  }

  /** The newest job with this name; empty while the cluster does not list it yet or cannot be reached. */
  Optional<Job> findJob(String jobName) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(root + "jobs/overview")).timeout(TIMEOUT).GET().build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return Optional.empty();
      }
      Job newest = null;
      long newestStart = Long.MIN_VALUE;
      for (JsonNode job : JSON.readTree(response.body()).path("jobs")) {
        long start = job.path("start-time").asLong();
        if (jobName.equals(job.path("name").asText()) && start >= newestStart) {
          newest = new Job(job.path("jid").asText(), job.path("state").asText());
          newestStart = start;
        }
      }
      return Optional.ofNullable(newest);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
