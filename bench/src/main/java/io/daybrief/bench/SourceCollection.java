package io.daybrief.bench;

import io.daybrief.text.InvalidInputException;
import io.daybrief.text.JsonLinesFormat;
import io.daybrief.text.LineReader;
import io.daybrief.text.SentenceSplitter;
import io.daybrief.text.TextDecoding;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real text a corpus is made from: the body sentences of a JSON Lines collection as tokens, and
 * its vocabulary. Read at run time and never stored: the evaluation collections may not be copied.
 */
final class SourceCollection {
  /** The pipeline's default --maxDocumentBytes: longer lines are rejected there, so skipped here. */
  private static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  /** Shorter lines are headings, captions and page furniture, not sentences worth recombining. */
  static final int MIN_SENTENCE_WORDS = 6;

  private final List<String[]> sentences;
  private final int documents;

  private SourceCollection(List<String[]> sentences, int documents) {
    this.sentences = sentences;
    this.documents = documents;
  }

  /** Every file in order; records that are not valid JSON Lines articles are skipped, as the job would reject them. */
  static SourceCollection load(List<Path> files, Vocabulary vocabulary) {
    SentenceSplitter splitter = new SentenceSplitter();
    List<String[]> sentences = new ArrayList<>();
    int documents = 0;
    for (Path file : files) {
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        LineReader lines = new LineReader(in, MAX_LINE_BYTES);
        for (byte[] line = lines.next(); line != null; line = lines.next()) {
          String text;
          try {
            text = JsonLinesFormat.parse(TextDecoding.decode(line)).text();
          } catch (InvalidInputException e) {
            continue;
          }
          documents++;
          for (String block : text.split("\n")) {
            for (String sentence : splitter.split(block.strip())) {
              String[] tokens = sentence.split("\\s+");
              for (String token : tokens) {
                vocabulary.addSourceToken(token);
              }
              if (isBodySentence(tokens)) {
                sentences.add(tokens);
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return new SourceCollection(List.copyOf(sentences), documents);
  }

  List<String[]> sentences() {
    return sentences;
  }

  int documents() {
    return documents;
  }

  /** Starts like a sentence and ends like one: recombined halves then read as body text, not as navigation. */
  private static boolean isBodySentence(String[] tokens) {
    if (Tokens.wordCount(tokens) < MIN_SENTENCE_WORDS || !Character.isUpperCase(tokens[0].charAt(0))) {
      return false;
    }
    return Tokens.endsSentence(tokens);
  }
}
