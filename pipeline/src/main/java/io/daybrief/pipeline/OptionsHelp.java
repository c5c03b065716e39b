package io.daybrief.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.StreamingOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * {@code --help}: daybrief's options by topic, with their defaults, instead of Beam's listing of
 * every option of every registered interface. The topics are the interfaces {@link
 * SummarizeOptions} is composed of, in that order, each under its {@link HelpGroup} heading;
 * descriptions and defaults are read from the annotations, so the text follows the code. The few
 * Beam options a daybrief user sets are listed under the topic they belong to.
 */
final class OptionsHelp {
  private static final int WIDTH = 100;
  private static final int NAME_COLUMN = 38;
  private static final String INDENT = "      ";

  /**
   * One option of an options interface.
   *
   * @param note what daybrief adds to the option's own description, or empty
   */
  record Option(Class<? extends PipelineOptions> owner, String name, String note) {
    Option(Class<? extends PipelineOptions> owner, String name) {
      this(owner, name, "");
    }

    Method getter() {
      String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      for (String prefix : List.of("get", "is")) {
        try {
          return owner.getMethod(prefix + suffix);
        } catch (NoSuchMethodException e) {
          // try the next accessor prefix
        }
      }
      throw new IllegalStateException(owner.getSimpleName() + " has no option " + name);
    }
  }

  record Group(String title, List<Option> options) {}

  /** Beam's own options, listed after daybrief's of the topic. */
  private static final Map<Class<?>, List<Option>> BEAM_OPTIONS = Map.of(
      StreamingWatchOptions.class, List.of(new Option(StreamingOptions.class, "streaming",
          "daybrief: watch the inputs and keep each date's summary up to date (docs/streaming.md).")),
      FlinkJobOptions.class, List.of(
          new Option(PipelineOptions.class, "runner"),
          new Option(FlinkPipelineOptions.class, "flinkMaster"),
          new Option(FlinkPipelineOptions.class, "parallelism",
              "daybrief makes it the machine's core count when Flink runs embedded; give it for a cluster."),
          new Option(DirectOptions.class, "targetParallelism")));

  static final List<Group> GROUPS = groups();

  private static List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (Class<?> topic : SummarizeOptions.class.getInterfaces()) {
      @SuppressWarnings("unchecked")
      Class<? extends PipelineOptions> owner = (Class<? extends PipelineOptions>) topic;
      List<Option> options = new ArrayList<>(declaredOptions(owner));
      options.addAll(BEAM_OPTIONS.getOrDefault(topic, List.of()));
      groups.add(new Group(topic.getAnnotation(HelpGroup.class).value(), options));
    }
    return List.copyOf(groups);
  }

  /** Required options first, then by name: reflection does not keep the declaration order. */
  static List<Option> declaredOptions(Class<? extends PipelineOptions> owner) {
    return Arrays.stream(owner.getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(Description.class))
        .sorted(Comparator.comparing((Method method) -> !method.isAnnotationPresent(Validation.Required.class))
            .thenComparing(Method::getName))
        .map(method -> new Option(owner, propertyName(method.getName())))
        .toList();
  }

  private static String propertyName(String getter) {
    String name = getter.replaceFirst("^(get|is)", "");
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private OptionsHelp() {}

  static String text() {
    StringBuilder help = new StringBuilder()
        .append("daybrief: one extractive summary per date from a collection of news articles.\n\n")
        .append("usage: scripts/summarize [--option=value ...] INPUT... OUTPUT\n")
        .append("       java -jar daybrief.jar --input=GLOB [--input=GLOB ...] --output=DIR [--option=value ...]\n");
    for (Group group : GROUPS) {
      help.append('\n').append(group.title()).append('\n');
      for (Option option : group.options()) {
        describe(help, option);
      }
    }
    return help.append('\n')
        .append(wrap("Every Beam option is accepted too. Their full lists: --help=FlinkPipelineOptions (Flink), "
            + "--help=DirectOptions (DirectRunner), --help=PipelineOptions (general), or --help=<interface class name>.", ""))
        .toString();
  }

  private static void describe(StringBuilder help, Option option) {
    Method getter = option.getter();
    String usage = "  --" + option.name() + "=" + placeholder(getter.getReturnType());
    String value = defaultValue(option, getter);
    help.append(usage);
    help.append(usage.length() < NAME_COLUMN ? " ".repeat(NAME_COLUMN - usage.length()) : "\n" + " ".repeat(NAME_COLUMN));
    help.append(value).append('\n');
    Description description = getter.getAnnotation(Description.class);
    if (description != null) {
      help.append(wrap(description.value() + " " + option.note(), INDENT));
    }
  }

  private static String placeholder(Class<?> type) {
    if (type.isEnum()) {
      return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("|"));
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "N";
    }
    if (type == double.class || type == Double.class) {
      return "X";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true|false";
    }
    if (type == List.class) {
      return "PATH";
    }
    return type == Class.class ? "RUNNER" : "TEXT";
  }

  /** The value an options object gets when the option is not given, as Beam itself computes it. */
  private static String defaultValue(Option option, Method getter) {
    Object value;
    try {
      value = getter.invoke(PipelineOptionsFactory.create().as(option.owner()));
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read the default of --" + option.name(), e);
    }
    if (value == null) {
      String status = getter.isAnnotationPresent(Validation.Required.class) ? "required" : "not set";
      return getter.getReturnType() == List.class ? status + ", repeatable" : status;
    }
    if (value instanceof Class<?> type) {
      return "default " + type.getSimpleName();
    }
    if (value instanceof Double number && number == Math.rint(number)) {
      return "default " + String.format(Locale.ROOT, "%.1f", number);
    }
    return "default " + value;
  }

  private static String wrap(String text, String indent) {
    StringBuilder wrapped = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        wrapped.append(line).append('\n');
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    return wrapped.append(line).append('\n').toString();
  }
}
