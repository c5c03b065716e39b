package io.daybrief.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Word lists shipped as resources beside this class: one entry per line, '#' starts a comment line. */
final class WordLists {
  private WordLists() {}

  static Set<String> load(String resourceName) {
    InputStream in = WordLists.class.getResourceAsStream(resourceName);
    if (in == null) {
      throw new IllegalStateException("missing resource io/daybrief/text/" + resourceName);
    }
    Set<String> entries = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = line.strip();
        if (!entry.isEmpty() && entry.charAt(0) != '#') {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resourceName, e);
    }
    return Set.copyOf(entries);
  }
}
