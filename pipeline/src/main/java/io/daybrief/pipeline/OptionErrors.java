package io.daybrief.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Command-line mistakes as one line that names the option and points to {@code --help}. Beam's own
 * messages name the options interface rather than the option, span several lines, or do not say
 * which option a bad value belongs to.
 */
final class OptionErrors {
  private static final String SEE_HELP = " (see --help)";
  private static final Pattern MISSING = Pattern.compile("Missing required value for \\[--(\\w+),");
  private static final Pattern BAD_VALUE =
      Pattern.compile("Cannot deserialize value of type `([^`]+)` from \\w+ \"(.*?)\"");
  private static final Pattern CHOICES = Pattern.compile("(\\[[^\\]]*\\])");
  private static final Pattern NOT_AN_OPTION = Pattern.compile("Argument '(.*)' does not begin with '--'");

  private OptionErrors() {}

  /** The first {@code --name} in {@code args} that is no known option, as an error line. */
  static Optional<String> unknownOption(String[] args, Set<String> known) {
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.substring(2, equals < 0 ? arg.length() : equals);
      if (!known.contains(name)) {
        String suggestion = closest(name, known).map(s -> ": did you mean --" + s + "?").orElse("");
        return Optional.of("unknown option --" + name + suggestion + SEE_HELP);
      }
    }
    return Optional.empty();
  }

  /** Beam's parse or validation error as one line naming the option. */
  static String oneLine(IllegalArgumentException e, String[] args) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    String firstLine = message.lines().findFirst().orElse("").strip();
    Matcher missing = MISSING.matcher(firstLine);
    if (missing.find()) {
      return "--" + missing.group(1) + " is required" + SEE_HELP;
    }
    Matcher badValue = BAD_VALUE.matcher(firstLine);
    if (badValue.find()) {
      String type = badValue.group(1).replaceAll(".*[.$]", "");
      String value = badValue.group(2);
      Matcher choices = CHOICES.matcher(firstLine.substring(badValue.end()));
      return optionWithValue(args, value) + ": '" + value + "' is not a valid " + type
          + (choices.find() ? ", expected one of " + choices.group(1) : "") + SEE_HELP;
    }
    Matcher notAnOption = NOT_AN_OPTION.matcher(firstLine);
    if (notAnOption.find()) {
      return "unexpected argument '" + notAnOption.group(1) + "': options are written --name=value" + SEE_HELP;
    }
    return firstLine + SEE_HELP;
  }

  /** Which option was given {@code value}; Beam's message says only the value. */
  private static String optionWithValue(String[] args, String value) {
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0 && arg.substring(equals + 1).equals(value)) {
        return arg.substring(0, equals);
      }
    }
    return "an option";
  }

  private static Optional<String> closest(String name, Set<String> known) {
    // Beyond a few edits, or half the name, a known option is a guess rather than a likely intent.
    int maxDistance = Math.min(3, Math.max(1, name.length() / 2));
    String best = null;
    int bestDistance = maxDistance + 1;
    for (String candidate : known) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance: the usual two-row dynamic programme. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
