package io.daybrief.bench;

import java.util.SplittableRandom;

/**
 * Invented, pronounceable words ("tokavemi", "Rusolan"): new names and coinages, the part of a news
 * vocabulary that keeps growing with the archive. The n-th word is a base-80 numeral whose digits
 * are consonant-vowel syllables, so no two of the first 41 million words are equal (a 1.6 GB
 * corpus needs ~0.6 million); the syllable table is shuffled by the seed.
 */
final class NovelWords {
  private static final String CONSONANTS = "bdfghjklmnprstvz";
  private static final String VOWELS = "aeiou";
  /** None is "s": the stemmer would fold "tokavemis" into "tokavemi". */
  private static final String[] FINALS = {"", "", "n", "r", "l"};

  /** A prime that does not divide the size of the range, hence coprime with it. */
  private static final long SCATTER = 1_000_003;

  private final String[] syllables;
  private long minted;

  NovelWords(long seed) {
    syllables = new String[CONSONANTS.length() * VOWELS.length()];
    int i = 0;
    for (char consonant : CONSONANTS.toCharArray()) {
      for (char vowel : VOWELS.toCharArray()) {
        syllables[i++] = "" + consonant + vowel;
      }
    }
    SplittableRandom shuffle = new SplittableRandom(seed);
    for (int j = syllables.length - 1; j > 0; j--) {
      int k = shuffle.nextInt(j + 1);
      String swap = syllables[j];
      syllables[j] = syllables[k];
      syllables[k] = swap;
    }
  }

  /** A word never returned before by this instance; capitalized for a name. */
  String next(boolean capitalized) {
    long base = syllables.length;
    // At least three syllables (numerals from base^2 up), so they do not look like stop words; the
    // multiplication by a prime is a bijection on the range, so that consecutive words do not
    // share their syllables as consecutive numerals would.
    long range = base * base * base * base - base * base;
    long numeral = base * base + Math.floorMod(minted * SCATTER, range);
    StringBuilder word = new StringBuilder(12);
    while (numeral > 0) {
      word.append(syllables[(int) (numeral % base)]);
      numeral /= base;
    }
    // Every syllable ends in a vowel, so an added final consonant cannot make two numerals spell the same word.
    word.append(FINALS[(int) (minted % FINALS.length)]);
    minted++;
    if (capitalized) {
      word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
    }
    return word.toString();
  }

  long minted() {
    return minted;
  }
}
