package io.daybrief.transforms;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.daybrief.model.DailySummary;
import io.daybrief.model.Rejected;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The output records as single-line JSON with keys in alphabetical order and scores rounded to six
 * decimals, so that equal results are equal bytes.
 */
public final class JsonLines {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int SCORE_DECIMALS = 6;

  private JsonLines() {}

  public static String summary(DailySummary summary) {
    return write(json -> {
      json.writeStartObject();
      json.writeStringField("date", summary.date());
      json.writeNumberField("documents", summary.documents());
      json.writeArrayFieldStart("sentences");
      for (DailySummary.Line line : summary.sentences()) {
        json.writeStartObject();
        json.writeStringField("document", line.document());
        json.writeFieldName("score");
        json.writeNumber(score(line.score()));
        json.writeStringField("text", line.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  public static String rejected(Rejected rejected) {
    return write(json -> {
      json.writeStartObject();
      if (rejected.line() > 0) {
        json.writeNumberField("line", rejected.line());
      }
      json.writeStringField("reason", rejected.reason());
      json.writeStringField("source", rejected.source());
      json.writeEndObject();
    });
  }

  static String score(double score) {
    return BigDecimal.valueOf(score).setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
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
