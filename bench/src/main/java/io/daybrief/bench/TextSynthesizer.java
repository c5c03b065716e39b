package io.daybrief.bench;

import io.daybrief.bench.Vocabulary.WordClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * New sentences from a source collection: parts of three real sentences joined, with a quarter of
 * the content words swapped for other words of the vocabulary.
 *
 * <p>Both steps are needed for the text to be new by the pipeline's own measure. Each source
 * sentence is reused hundreds of times in a large corpus; with whole sentences, or halves without
 * swaps, two derived sentences would share most term bigrams and be dropped as near copies. Two
 * derivations that share a part share about a third of their bigrams before swaps; with swaps at
 * rate q a bigram survives in both with probability (1 - q)^4, 0.32 for q = 0.25. Both keep them
 * well under the pipeline's Jaccard 0.5 and containment 0.6.
 */
final class TextSynthesizer {
  private static final double SWAP_RATE = 0.25;

  /**
   * Two derivations of one source sentence share some bigrams by chance; with few bigrams, that
   * chance reaches the pipeline's Jaccard 0.5. Eight content words, seven bigrams, keep it rare.
   */
  private static final int MIN_CONTENT_WORDS = 8;

  private static final int MAX_MIDDLES = 4;

  private static final int MIN_TITLE_WORDS = 6;
  private static final int MAX_TITLE_WORDS = 11;

  private final List<String[]> sentences;
  private final Vocabulary vocabulary;
  private final SplittableRandom random;
  private long wordTokens;

  TextSynthesizer(List<String[]> sentences, Vocabulary vocabulary, SplittableRandom random) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException(
          "the source has no usable sentences (at least " + SourceCollection.MIN_SENTENCE_WORDS
              + " words, starting with a capital and ending with . ! or ?)");
    }
    this.sentences = sentences;
    this.vocabulary = vocabulary;
    this.random = random;
  }

  /**
   * A recombined sentence: the opening of one source sentence, a middle part of another and the
   * ending of a third, each about a third of the result; more middle parts while it has fewer than
   * {@value #MIN_CONTENT_WORDS} content words. Starts and ends like a sentence.
   */
  String[] sentence() {
    String[] head = pick();
    String[] spliced = Arrays.copyOf(head, between(head.length / 4, head.length / 2));
    String[] tail = pick();
    int tailStart = between(tail.length / 2, 3 * tail.length / 4);
    int tailWords = contentWords(tail, tailStart, tail.length);
    int middles = 0;
    do {
      String[] middle = pick();
      int from = between(middle.length / 4, middle.length / 2);
      int to = Math.min(middle.length - 1, from + Math.max(2, middle.length / 3));
      spliced = concat(spliced, 0, spliced.length, middle, from, to);
      middles++;
      // Bounded: a source of nothing but stop words must not loop forever.
    } while (middles < MAX_MIDDLES && contentWords(spliced) + tailWords < MIN_CONTENT_WORDS);
    return swapWords(concat(spliced, 0, spliced.length, tail, tailStart, tail.length));
  }

  /** A headline: the opening words of one sentence and some middle words of another, without final punctuation. */
  String[] title() {
    String[] head = pick();
    String[] middle = pick();
    int headEnd = Math.min(head.length - 1, 3 + random.nextInt(3));
    int middleStart = middle.length / 3;
    int middleEnd = Math.min(middle.length - 1, middleStart + 3 + random.nextInt(4));
    String[] spliced = concat(head, 0, headEnd, middle, middleStart, middleEnd);
    List<String> words = new ArrayList<>(spliced.length);
    for (String token : spliced) {
      // Punctuation would make the title look like two sentences or a fragment; headlines have little.
      if (Tokens.isWord(token) && words.size() < MAX_TITLE_WORDS) {
        words.add(token);
      }
    }
    while (words.size() < MIN_TITLE_WORDS) {
      words.add(vocabulary.replacement(WordClass.WORD, wordTokens));
    }
    return swapWords(words.toArray(new String[0]));
  }

  /**
   * A small edit of a sentence, as an editor or a syndication feed makes: one content word
   * replaced, or one comma-delimited clause dropped when the sentence has one.
   */
  String[] edit(String[] sentence) {
    if (random.nextBoolean()) {
      String[] dropped = dropClause(sentence);
      if (dropped != null) {
        return dropped;
      }
    }
    return swapOneWord(sentence);
  }

  /** Word tokens produced so far: the n of Heaps' law. The generator also counts the copies it writes. */
  void countWords(long words) {
    wordTokens += words;
  }

  long wordTokens() {
    return wordTokens;
  }

  private String[] pick() {
    return sentences.get(random.nextInt(sentences.size()));
  }

  /** A position in [low, high], at least 1 so that no part is empty, below the end. */
  private int between(int low, int high) {
    int from = Math.max(1, low);
    int to = Math.max(from, high);
    return from + random.nextInt(to - from + 1);
  }

  /** Swaps exactly a {@link #SWAP_RATE} share of the content words (at least one): a fixed share varies less than a coin per word. */
  private String[] swapWords(String[] tokens) {
    String[] swapped = tokens.clone();
    List<Integer> swappable = swappablePositions(swapped);
    int swaps = Math.max(1, (int) Math.round(SWAP_RATE * swappable.size()));
    for (int i = 0; i < swaps && i < swappable.size(); i++) {
      // A partial Fisher-Yates shuffle: the first positions drawn without replacement.
      int chosen = i + random.nextInt(swappable.size() - i);
      int position = swappable.set(chosen, swappable.get(i));
      swapped[position] = vocabulary.replacement(vocabulary.classOf(swapped[position]), wordTokens);
    }
    wordTokens += Tokens.wordCount(swapped);
    return swapped;
  }

  private List<Integer> swappablePositions(String[] tokens) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      if (vocabulary.classOf(tokens[i]) != WordClass.FIXED) {
        positions.add(i);
      }
    }
    return positions;
  }

  private int contentWords(String[] tokens) {
    return contentWords(tokens, 0, tokens.length);
  }

  private int contentWords(String[] tokens, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      if (vocabulary.classOf(tokens[i]) != WordClass.FIXED) {
        words++;
      }
    }
    return words;
  }

  private String[] swapOneWord(String[] sentence) {
    List<Integer> swappable = swappablePositions(sentence);
    String[] edited = sentence.clone();
    if (swappable.isEmpty()) {
      return edited;
    }
    int position = swappable.get(random.nextInt(swappable.size()));
    WordClass wordClass = vocabulary.classOf(sentence[position]);
    String replacement = vocabulary.replacement(wordClass, wordTokens);
    for (int attempt = 0; attempt < 8 && replacement.equalsIgnoreCase(sentence[position]); attempt++) {
      replacement = vocabulary.replacement(wordClass, wordTokens);
    }
    edited[position] = replacement;
    return edited;
  }

  /** Drops a span from one comma up to the next comma or to the final punctuation; null when there is none of a sensible length. */
  private String[] dropClause(String[] sentence) {
    int end = sentence.length;
    while (end > 0 && !Tokens.isWord(sentence[end - 1])) {
      end--;
    }
    List<int[]> clauses = new ArrayList<>();
    int clauseStart = -1;
    for (int i = 0; i <= end; i++) {
      boolean boundary = i == end || sentence[i].equals(",");
      if (!boundary) {
        continue;
      }
      int length = i - clauseStart;
      if (clauseStart >= 0 && length >= 3 && length <= sentence.length / 3) {
        clauses.add(new int[] {clauseStart, i});
      }
      clauseStart = i;
    }
    if (clauses.isEmpty()) {
      return null;
    }
    int[] clause = clauses.get(random.nextInt(clauses.size()));
    String[] edited = new String[sentence.length - (clause[1] - clause[0])];
    System.arraycopy(sentence, 0, edited, 0, clause[0]);
    System.arraycopy(sentence, clause[1], edited, clause[0], sentence.length - clause[1]);
    return edited;
  }

  private static String[] concat(String[] first, int firstFrom, int firstTo, String[] second, int secondFrom, int secondTo) {
    String[] joined = Arrays.copyOfRange(first, firstFrom, firstTo + (secondTo - secondFrom));
    System.arraycopy(second, secondFrom, joined, firstTo - firstFrom, secondTo - secondFrom);
    return joined;
  }
}
