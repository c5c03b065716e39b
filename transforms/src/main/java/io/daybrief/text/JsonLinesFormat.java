package io.daybrief.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One JSON Lines record: an object with {@code id}, {@code date}, {@code title}, {@code text}; other fields are ignored. */
public final class JsonLinesFormat {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * @param id null when the record has none (the caller derives one from file and line)
   * @param date the raw date or timestamp, null when absent
   * @param title empty when absent
   * @param text never blank
   * @param replacedSurrogates how many lone surrogates ({@code "\ud800"} escapes) in id, title
   *     and text were replaced by U+FFFD
   */
  public record JsonRecord(String id, String date, String title, String text, int replacedSurrogates) {}

  private JsonLinesFormat() {}

  public static JsonRecord parse(String line) throws InvalidInputException {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidInputException("not a JSON object");
    }
    String text = optionalString(node, "text");
    if (text == null || BlankText.isBlank(text)) {
      throw new InvalidInputException("missing text");
    }
    String title = optionalString(node, "title");
    String id = optionalString(node, "id");
    int replaced = LoneSurrogates.count(text) + (title == null ? 0 : LoneSurrogates.count(title))
        + (id == null ? 0 : LoneSurrogates.count(id));
    return new JsonRecord(
        id == null ? null : LoneSurrogates.replace(id),
        optionalString(node, "date"),
        title == null ? "" : LoneSurrogates.replace(title),
        LoneSurrogates.replace(text),
        replaced);
  }

  private static String optionalString(JsonNode node, String field) throws InvalidInputException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber() && field.equals("id")) {
      return value.asText();
    }
    throw new InvalidInputException("field '" + field + "' is not a string");
  }
}
