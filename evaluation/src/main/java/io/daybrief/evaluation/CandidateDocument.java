package io.daybrief.evaluation;

import java.util.List;

/**
 * A document's candidate sentences.
 *
 * @param id document id
 * @param sentences in document order
 */
record CandidateDocument(String id, List<String> sentences) {

  CandidateDocument {
    sentences = List.copyOf(sentences);
  }
}
