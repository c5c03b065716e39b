package io.daybrief.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.options.Description;
import org.junit.jupiter.api.Test;

class OptionsHelpTest {

  @Test
  void everyDaybriefOptionIsInExactlyOneGroup() {
    List<String> grouped = OptionsHelp.GROUPS.stream()
        .flatMap(group -> group.options().stream())
        .filter(option -> option.owner().getPackage() == SummarizeOptions.class.getPackage())
        .map(OptionsHelp.Option::name)
        .sorted()
        .toList();
    List<String> declared = Arrays.stream(SummarizeOptions.class.getMethods())
        .filter(method -> method.getDeclaringClass().getPackage() == SummarizeOptions.class.getPackage())
        .filter(method -> method.isAnnotationPresent(Description.class))
        .map(method -> method.getName().replaceFirst("^(get|is)", ""))
        .map(name -> Character.toLowerCase(name.charAt(0)) + name.substring(1))
        .sorted()
        .toList();
    assertEquals(declared, grouped);
  }

  @Test
  void listsOptionsByGroupWithTheirDefaultsFromTheAnnotations() {
    String help = OptionsHelp.text();
    for (String group : List.of("\nInput\n", "\nDates\n", "\nSummary\n", "\nOutput\n", "\nStreaming\n", "\nRunner\n")) {
      assertTrue(help.contains(group), group);
    }
    assertTrue(help.contains("  --input=PATH                        required, repeatable\n"), help);
    assertTrue(help.contains("  --sentencesPerDate=N                default 5\n      Sentences per date summary.\n"), help);
    assertTrue(help.contains("  --undated=group|skip                default group\n"), help);
    assertTrue(help.contains("  --report=none|html|md               default none\n"), help);
    assertTrue(help.contains("  --from=TEXT                         not set\n"), help);
    assertTrue(help.contains("  --redundancyThreshold=X             default 0.5\n"), help);
    assertTrue(help.contains("  --repeatedShare=X                   default 1.0\n"), help);
    assertTrue(help.contains("  --runner=RUNNER                     default DirectRunner\n"), help);
    assertTrue(help.contains("  --flinkMaster=TEXT                  default [auto]\n"), help);
    assertTrue(help.contains("--help=FlinkPipelineOptions"));
    assertTrue(help.indexOf("--input=") < help.indexOf("--allowEmpty="), "required options first");
    assertTrue(help.indexOf("\nDates\n") < help.indexOf("--timeZone") && help.indexOf("--timeZone") < help.indexOf("\nSummary\n"));
    for (String line : help.split("\n")) {
      assertTrue(line.length() <= 100, "wrapped at 100 columns: " + line);
    }
  }
}
