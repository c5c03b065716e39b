package io.daybrief.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1.5.5's {@code -m} stemming, line for line: {@code MorphStem} looks the token up in the
 * WordNet 2.0 exception list ("said" is "say", "children" is "child") and otherwise applies
 * {@code stem}, ROUGE's Perl Porter stemmer (Release 1, with CYL's 2004 change to step 4). Its
 * rules differ in places from other Porter implementations (Lucene's, NLTK's), so it is ported
 * here rather than borrowed.
 */
final class RougeStemmer {
  private static final Map<String, String> EXCEPTIONS = loadExceptions();

  private static final String C1 = "[^aeiou]";
  private static final String V1 = "[aeiouy]";
  private static final String CS = C1 + "[^aeiouy]*";
  private static final String VS = V1 + "[aeiou]*";
  private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
  private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
  private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
  private static final Pattern VOWEL_IN_STEM = Pattern.compile("^(" + CS + ")?" + V1);
  private static final Pattern CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

  private static final Pattern STEP1A_SSES_IES = Pattern.compile("(ss|i)es$");
  private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
  private static final Pattern STEP1B_EED = Pattern.compile("eed$");
  private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
  private static final Pattern STEP1B_AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern STEP1C_Y = Pattern.compile("y$");
  private static final Pattern STEP2 =
      Pattern.compile(
          "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism"
              + "|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern STEP4 =
      Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern STEP4_MENT = Pattern.compile("ment$");
  private static final Pattern STEP4_ENT = Pattern.compile("ent$");
  private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
  private static final Pattern STEP5_E = Pattern.compile("e$");
  private static final Pattern STEP5_LL = Pattern.compile("ll$");

  private static final Map<String, String> STEP2_LIST =
      Map.ofEntries(
          Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
          Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
          Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
          Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
          Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
          Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
          Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
  private static final Map<String, String> STEP3_LIST =
      Map.of(
          "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

  private RougeStemmer() {}

  /** ROUGE's {@code MorphStem} of a lower-case token (ROUGE calls it for tokens longer than 3 characters). */
  static String morphStem(String token) {
    String exception = EXCEPTIONS.get(token);
    return exception != null ? exception : stem(token);
  }

  /** ROUGE-1.5.5's {@code sub stem}. */
  static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    String w = word;
    boolean initialY = w.charAt(0) == 'y';
    if (initialY) {
      w = "Y" + w.substring(1);
    }
    Matcher m;
    // Step 1a
    if ((m = STEP1A_SSES_IES.matcher(w)).find()) {
      w = w.substring(0, m.start()) + m.group(1);
    } else if ((m = STEP1A_S.matcher(w)).find()) {
      w = w.substring(0, m.start()) + m.group(1);
    }
    // Step 1b
    if ((m = STEP1B_EED.matcher(w)).find()) {
      if (MGR0.matcher(w.substring(0, m.start())).find()) {
        w = chop(w);
      }
    } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (VOWEL_IN_STEM.matcher(stem).find()) {
        w = stem;
        if (STEP1B_AT_BL_IZ.matcher(w).find()) {
          w = w + "e";
        } else if (STEP1B_DOUBLE.matcher(w).find()) {
          w = chop(w);
        } else if (CVC.matcher(w).find()) {
          w = w + "e";
        }
      }
    }
    // Step 1c
    if ((m = STEP1C_Y.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (VOWEL_IN_STEM.matcher(stem).find()) {
        w = stem + "i";
      }
    }
    // Step 2
    if ((m = STEP2.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR0.matcher(stem).find()) {
        w = stem + STEP2_LIST.get(m.group(1));
      }
    }
    // Step 3
    if ((m = STEP3.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR0.matcher(stem).find()) {
        w = stem + STEP3_LIST.get(m.group(1));
      }
    }
    // Step 4, as modified by CYL in 2004: three separate tests, "ement" before "ment" and "ent".
    if ((m = STEP4.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }
    if ((m = STEP4_MENT.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }
    if ((m = STEP4_ENT.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    } else if ((m = STEP4_ION.matcher(w)).find()) {
      String stem = w.substring(0, m.start()) + m.group(1);
      if (MGR1.matcher(stem).find()) {
        w = stem;
      }
    }
    // Step 5
    if ((m = STEP5_E.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()
          || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (STEP5_LL.matcher(w).find() && MGR1.matcher(w).find()) {
      w = chop(w);
    }
    if (initialY) {
      w = "y" + w.substring(1);
    }
    return w;
  }

  private static String chop(String w) {
    return w.substring(0, w.length() - 1);
  }

  private static Map<String, String> loadExceptions() {
    String resource = "rouge_wordnet_exceptions.txt";
    try (InputStream in = RougeStemmer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      Map<String, String> exceptions = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split(" ");
        if (fields.length != 2) {
          throw new IllegalStateException(resource + ": not \"form base\": " + line);
        }
        exceptions.put(fields[0], fields[1]);
      }
      return Map.copyOf(exceptions);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }
}
