package io.daybrief.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic news corpus for benchmarks from the paragraphs of a real collection read at run
 * time; the same options and source give the same bytes.
 *
 * <pre>
 * java -cp daybrief.jar io.daybrief.bench.GenerateCorpus --out=corpus.jsonl --size=100MB
 *     [--source=GLOB] [--dates=365] [--seed=1] [--exact-dup-rate=0.1] [--near-dup-rate=0.05]
 *     [--boilerplate-rate=0.05] [--format=jsonl|text] [--first-date=2024-01-01]
 * </pre>
 *
 * With {@code --format=text}, {@code --out} is a directory that receives one file per article.
 * Prints what it wrote as one JSON object. Exit 2 on bad options, 1 on failure.
 */
public final class GenerateCorpus {
  static final String DEFAULT_SOURCE = "../shared/eval/timeline17-dev/*/docs.jsonl";

  /** Parsed command line. */
  record Options(String source, Path out, String format, CorpusGenerator.Settings settings) {

    static Options parse(String[] args) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String arg : args) {
        int equals = arg.indexOf('=');
        if (!arg.startsWith("--") || equals < 0) {
          throw new IllegalArgumentException("'" + arg + "': options are written --name=value");
        }
        values.put(arg.substring(2, equals), arg.substring(equals + 1));
      }
      String source = values.getOrDefault("source", DEFAULT_SOURCE);
      String out = require(values, "out");
      long size = parse(values, "size", null, ByteSize::parse);
      int dates = parse(values, "dates", "365", Integer::parseInt);
      long seed = parse(values, "seed", "1", Long::parseLong);
      double exact = rate(values, "exact-dup-rate", "0.1");
      double near = rate(values, "near-dup-rate", "0.05");
      double boilerplate = rate(values, "boilerplate-rate", "0.05");
      String format = values.getOrDefault("format", "jsonl");
      LocalDate firstDate = parse(values, "first-date", "2024-01-01", LocalDate::parse);
      values.keySet().removeAll(List.of(
          "source", "out", "size", "dates", "seed", "exact-dup-rate", "near-dup-rate", "boilerplate-rate",
          "format", "first-date"));
      if (!values.isEmpty()) {
        throw new IllegalArgumentException("unknown option --" + values.keySet().iterator().next());
      }
      if (dates <= 0) {
        throw new IllegalArgumentException("--dates must be positive, was " + dates);
      }
      if (exact + near >= 1 || boilerplate >= 1) {
        throw new IllegalArgumentException("--exact-dup-rate + --near-dup-rate and --boilerplate-rate must each stay below 1");
      }
      if (!format.equals("jsonl") && !format.equals("text")) {
        throw new IllegalArgumentException("--format: '" + format + "' is not jsonl or text");
      }
      return new Options(source, Path.of(out), format,
          new CorpusGenerator.Settings(size, dates, firstDate, seed, exact, near, boilerplate));
    }

    private static String require(Map<String, String> values, String name) {
      String value = values.get(name);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("--" + name + " is required");
      }
      return value;
    }

    private interface Parser<T> {
      T parse(String text);
    }

    private static <T> T parse(Map<String, String> values, String name, String fallback, Parser<T> parser) {
      String text = fallback == null ? require(values, name) : values.getOrDefault(name, fallback);
      try {
        return parser.parse(text);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException("--" + name + ": '" + text + "' is not valid"
            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
      }
    }

    private static double rate(Map<String, String> values, String name, String fallback) {
      double rate = parse(values, name, fallback, Double::parseDouble);
      if (!(rate >= 0 && rate < 1)) {
        throw new IllegalArgumentException("--" + name + " must be in [0, 1), was " + rate);
      }
      return rate;
    }
  }

  private GenerateCorpus() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("generate-corpus: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      System.out.println(generate(options).toJson());
    } catch (IllegalArgumentException e) {
      System.err.println("generate-corpus: " + e.getMessage());
      System.exit(2);
    } catch (IOException | RuntimeException e) {
      System.err.println("generate-corpus: failed: " + e);
      e.printStackTrace(System.err);
      System.exit(1);
    }
  }

  static CorpusStats generate(Options options) throws IOException {
    List<Path> files = Globs.expand(options.source());
    if (files.isEmpty()) {
      throw new IllegalArgumentException("--source: no file matches " + options.source());
    }
    CorpusGenerator.Settings settings = options.settings();
    // One generator of randomness, drawn from in a fixed order: the same seed gives the same bytes.
    SplittableRandom random = new SplittableRandom(settings.seed());
    Vocabulary vocabulary = new Vocabulary(settings.seed(), random);
    SourceCollection source = SourceCollection.load(files, vocabulary);
    try (CorpusFormat format = CorpusFormat.create(options.format(), options.out())) {
      return new CorpusGenerator(settings, source, vocabulary, random).generate(format);
    }
  }
}
