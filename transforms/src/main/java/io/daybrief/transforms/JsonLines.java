package io.daybrief.transforms;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.daybrief.model.DailySummary;
import io.daybrief.model.Rejected;
import io.daybrief.model.SummaryRevision;
import io.daybrief.text.LoneSurrogates;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The output records as single-line JSON with keys in alphabetical order and scores rounded to six
 * decimals, so that equal results are equal bytes.
 *
 * <p>Any text stays one valid line: control characters are escaped (by JSON's rules), and so are
 * U+0085, U+2028 and U+2029, which some line readers (Python's {@code str.splitlines}, JavaScript
 * before ES2019) take for line breaks; a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD.
 * Other characters, {@code <}, {@code >} and {@code &} included, are written as they are: the output
 * is JSON Lines, never HTML, and a page that embeds it must escape it as it would any text.
 */
public final class JsonLines {
  private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new LineSafeEscapes());
  private static final int SCORE_DECIMALS = 6;

  private JsonLines() {}

  public static String summary(DailySummary summary) {
    return write(json -> summaryObject(json, summary, null));
  }

  /** A streaming revision: the batch object with {@code final} and {@code revision} among its keys, in order. */
  public static String summary(SummaryRevision revision) {
    return write(json -> summaryObject(json, revision.summary(), revision));
  }

  private static void summaryObject(JsonGenerator json, DailySummary summary, SummaryRevision revision)
      throws IOException {
    json.writeStartObject();
    string(json, "date", summary.date());
    json.writeNumberField("documents", summary.documents());
    if (revision != null) {
      json.writeBooleanField("final", revision.last());
    }
    json.writeFieldName("importance");
    json.writeNumber(score(summary.importance()));
    if (revision != null) {
      json.writeNumberField("revision", revision.revision());
    }
    json.writeArrayFieldStart("sentences");
    for (DailySummary.Line line : summary.sentences()) {
      json.writeStartObject();
      string(json, "document", line.document());
      json.writeFieldName("score");
      json.writeNumber(score(line.score()));
      string(json, "text", line.text());
      if (line.url() != null) {
        string(json, "url", line.url());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  public static String rejected(Rejected rejected) {
    return write(json -> {
      json.writeStartObject();
      if (rejected.line() > 0) {
        json.writeNumberField("line", rejected.line());
      }
      if (rejected.offset() >= 0) {
        json.writeNumberField("offset", rejected.offset());
      }
      string(json, "reason", rejected.reason());
      string(json, "source", rejected.source());
      json.writeEndObject();
    });
  }

  static String score(double score) {
    return BigDecimal.valueOf(score).setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static void string(JsonGenerator json, String field, String value) throws IOException {
    json.writeStringField(field, LoneSurrogates.replace(value));
  }

  /** JSON's own escapes, plus the three non-ASCII characters that line readers split on. */
  private static final class LineSafeEscapes extends CharacterEscapes {
    private static final SerializableString NEL = new SerializedString("\\u0085");
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x85 -> NEL;
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }

  private interface JsonBody {
    void writeTo(JsonGenerator json) throws IOException;
  }

  private static String write(JsonBody body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      body.writeTo(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen when writing to a string", e);
    }
    return out.toString();
  }
}
