package io.daybrief.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.extraction.ExtractionMetric.PageScore;
import io.daybrief.extraction.ExtractionMetric.Summary;
import io.daybrief.text.InvalidInputException;
import io.daybrief.text.html.ArticleExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code scripts/evaluate-extraction DIR [--json OUT] [--pages]}: runs the extractor on every page
 * of a benchmark directory ({@code html/<id>.html.gz} and {@code ground-truth.json}) and prints
 * the benchmark's F1, precision, recall and accuracy.
 */
public final class EvaluateExtractionMain {
  private EvaluateExtractionMain() {}

  /** A page's figures; {@code rejected} holds the extractor's reason when it gave no body. */
  record PageResult(String id, PageScore score, String rejected, String prediction) {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path dir = null;
    Path json = null;
    Path predictions = null;
    boolean pages = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--json" -> json = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--predictions" -> predictions = i + 1 < args.length ? Path.of(args[++i]) : null;
        case "--pages" -> pages = true;
        default -> {
          if (args[i].startsWith("--") || dir != null) {
            err.println("daybrief: unexpected argument " + args[i] + " (usage: " + usage() + ")");
            return 2;
          }
          dir = Path.of(args[i]);
        }
      }
    }
    if (dir == null) {
      err.println("daybrief: no dataset directory (usage: " + usage() + ")");
      return 2;
    }
    try {
      List<PageResult> results = evaluate(dir, err);
      Summary summary = ExtractionMetric.summarize(results.stream().map(PageResult::score).toList());
      out.printf(Locale.ROOT, "pages      %d%n", summary.pages());
      out.printf(Locale.ROOT, "F1         %.3f%n", summary.f1());
      out.printf(Locale.ROOT, "precision  %.3f%n", summary.precision());
      out.printf(Locale.ROOT, "recall     %.3f%n", summary.recall());
      out.printf(Locale.ROOT, "accuracy   %.3f%n", summary.accuracy());
      if (pages) {
        List<PageResult> worst = new ArrayList<>(results);
        worst.sort(Comparator.comparingDouble((PageResult r) -> pageF1(r.score())).thenComparing(PageResult::id));
        out.println();
        out.println("page                  F1     P      R      exact");
        for (PageResult result : worst) {
          out.printf(Locale.ROOT, "%-20s  %.3f  %.3f  %.3f  %s%s%n", shortId(result.id()), pageF1(result.score()),
              result.score().counts().precision(), result.score().counts().recall(),
              result.score().exactMatch() ? "yes" : "no",
              result.rejected() == null ? "" : "  rejected: " + result.rejected());
        }
      }
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      if (json != null) {
        mapper.writeValue(json.toFile(), report(mapper, summary, results));
      }
      if (predictions != null) {
        ObjectNode root = mapper.createObjectNode();
        for (PageResult result : results) {
          root.putObject(result.id()).put("articleBody", result.prediction());
        }
        mapper.writeValue(predictions.toFile(), root);
      }
      return 0;
    } catch (IOException e) {
      err.println("daybrief: failed: " + e.getMessage());
      return 1;
    }
  }

  private static String usage() {
    return "scripts/evaluate-extraction DIR [--json OUT] [--pages] [--predictions OUT]";
  }

  static List<PageResult> evaluate(Path dir, PrintStream err) throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new IOException("no ground-truth.json in " + dir);
    }
    JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
    Map<String, Path> files = new TreeMap<>();
    Path html = dir.resolve("html");
    for (Path page : PageFiles.list(List.of(Files.isDirectory(html) ? html : dir))) {
      files.put(PageFiles.idOf(page), page);
    }
    ArticleExtractor extractor = new ArticleExtractor();
    List<PageResult> results = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String id = entry.getKey();
      String expected = entry.getValue().path("articleBody").asText("");
      Path file = files.get(id);
      String predicted = "";
      String rejected = null;
      if (file == null) {
        rejected = "no page file";
        err.println("daybrief: no page file for " + id);
      } else {
        try {
          predicted = extractor.extract(PageFiles.read(file), null, null).body();
        } catch (InvalidInputException e) {
          rejected = e.getMessage();
        }
      }
      results.add(new PageResult(id, ExtractionMetric.score(expected, predicted), rejected, predicted));
    }
    return results;
  }

  static double pageF1(PageScore score) {
    double p = score.counts().precision();
    double r = score.counts().recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String shortId(String id) {
    return id.length() <= 20 ? id : id.substring(0, 20);
  }

  private static ObjectNode report(ObjectMapper mapper, Summary summary, List<PageResult> results) {
    ObjectNode root = mapper.createObjectNode();
    root.put("pages", summary.pages());
    root.put("f1", summary.f1());
    root.put("precision", summary.precision());
    root.put("recall", summary.recall());
    root.put("accuracy", summary.accuracy());
    ObjectNode perPage = root.putObject("perPage");
    for (PageResult result : results) {
      ObjectNode page = perPage.putObject(result.id());
      page.put("f1", pageF1(result.score()));
      page.put("precision", result.score().counts().precision());
      page.put("recall", result.score().counts().recall());
      page.put("tp", result.score().counts().truePositive());
      page.put("fp", result.score().counts().falsePositive());
      page.put("fn", result.score().counts().falseNegative());
      page.put("exact", result.score().exactMatch());
      if (result.rejected() != null) {
        page.put("rejected", result.rejected());
      }
    }
    return root;
  }
}
