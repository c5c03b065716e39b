package io.daybrief.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.daybrief.text.InvalidInputException;
import io.daybrief.text.html.ArticleExtractor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code scripts/extract [--json OUT] INPUT...}: daybrief's article extractor alone, writing the
 * benchmark's prediction format {@code {"<id>": {"articleBody": "..."}}}. A page that is rejected
 * gets an empty body (as the benchmark expects a key for every page) and its reason on stderr.
 */
public final class ExtractMain {
  private ExtractMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path json = null;
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--json") && i + 1 < args.length) {
        json = Path.of(args[++i]);
      } else if (args[i].equals("--help") || args[i].equals("-h")) {
        out.println("usage: scripts/extract [--json OUT] INPUT...  (files or directories of .html, .htm, .html.gz)");
        return 0;
      } else if (args[i].startsWith("--")) {
        err.println("daybrief: unknown option " + args[i] + " (usage: scripts/extract [--json OUT] INPUT...)");
        return 2;
      } else {
        inputs.add(Path.of(args[i]));
      }
    }
    if (inputs.isEmpty()) {
      err.println("daybrief: no input (usage: scripts/extract [--json OUT] INPUT...)");
      return 2;
    }
    try {
      List<Path> pages = PageFiles.list(inputs);
      ArticleExtractor extractor = new ArticleExtractor();
      TreeMap<String, String> bodies = new TreeMap<>();
      int rejected = 0;
      for (Path page : pages) {
        String id = PageFiles.idOf(page);
        if (id == null) {
          id = page.getFileName().toString();
        }
        try {
          bodies.put(id, extractor.extract(PageFiles.read(page), null, null).body());
        } catch (InvalidInputException e) {
          err.println("daybrief: " + page + ": " + e.getMessage());
          bodies.put(id, "");
          rejected++;
        }
      }
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      bodies.forEach((id, body) -> root.putObject(id).put("articleBody", body));
      byte[] bytes = (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
      if (json == null) {
        out.write(bytes);
        out.flush();
      } else {
        Path parent = json.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (OutputStream file = Files.newOutputStream(json)) {
          file.write(bytes);
        }
        err.println("daybrief: " + pages.size() + " pages, " + rejected + " rejected; wrote " + json);
      }
      return 0;
    } catch (IOException e) {
      err.println("daybrief: failed: " + e.getMessage());
      return 1;
    }
  }
}
