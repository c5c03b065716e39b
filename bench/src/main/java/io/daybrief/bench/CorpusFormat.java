package io.daybrief.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How articles are written: encoded first, so the generator can stop before the size target is
 * exceeded, then written.
 */
interface CorpusFormat extends Closeable {

  byte[] encode(Article article) throws IOException;

  void write(Article article, byte[] encoded) throws IOException;

  static CorpusFormat create(String name, Path out) throws IOException {
    return switch (name) {
      case "jsonl" -> new JsonLines(out);
      case "text" -> new PlainText(out);
      default -> throw new IllegalArgumentException("--format: '" + name + "' is not jsonl or text");
    };
  }

  /** One file, one object per line with id, date, title and text (paragraphs joined by newlines). */
  final class JsonLines implements CorpusFormat {
    private static final JsonFactory JSON = new JsonFactory();
    private final OutputStream out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);

    JsonLines(Path file) throws IOException {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }

    @Override
    public byte[] encode(Article article) throws IOException {
      buffer.reset();
      try (JsonGenerator json = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("date", article.date());
        json.writeStringField("title", article.title());
        json.writeStringField("text", String.join("\n", article.lines()));
        json.writeEndObject();
      }
      buffer.write('\n');
      return buffer.toByteArray();
    }

    @Override
    public void write(Article article, byte[] encoded) throws IOException {
      out.write(encoded);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /**
   * The fixture format, one file per article under a directory per date: the header line
   * {@code date YYYY-MM-DD <title>}, then one paragraph per line; the job reads an article's
   * blocks and id as from its JSON Lines form. Dates follow the bytes written, and this form is
   * smaller, so a text corpus of the same size and seed has more articles and other dates.
   */
  final class PlainText implements CorpusFormat {
    private final Path directory;

    PlainText(Path directory) throws IOException {
      this.directory = directory;
      Files.createDirectories(directory);
    }

    @Override
    public byte[] encode(Article article) {
      StringBuilder text = new StringBuilder(4096);
      text.append("date ").append(article.date()).append(' ').append(article.title()).append('\n');
      for (String line : article.lines()) {
        text.append(line).append('\n');
      }
      return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void write(Article article, byte[] encoded) throws IOException {
      Path dateDirectory = directory.resolve(article.date());
      Files.createDirectories(dateDirectory);
      Files.write(dateDirectory.resolve(article.id() + ".txt"), encoded);
    }

    @Override
    public void close() {}
  }
}
