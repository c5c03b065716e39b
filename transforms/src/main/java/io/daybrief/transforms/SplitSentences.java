package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.Paragraph;
import io.daybrief.model.Sentence;
import io.daybrief.text.SentenceSplitter;
import io.daybrief.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Splits paragraphs into sentences and analyzes their terms. Input: documents with paragraphs.
 * Output: the same documents, each paragraph carrying its sentences and their terms.
 */
public final class SplitSentences
    extends PTransform<PCollection<AnalyzedDocument>, PCollection<AnalyzedDocument>> {

  @Override
  public PCollection<AnalyzedDocument> expand(PCollection<AnalyzedDocument> documents) {
    return documents.apply("AnalyzeSentences", ParDo.of(new AnalyzeSentencesFn()));
  }

  static final class AnalyzeSentencesFn extends DoFn<AnalyzedDocument, AnalyzedDocument> {
    private final Counter sentences = Counters.counter(Counters.SENTENCES);
    // Neither is thread-safe; a DoFn instance is used by one thread at a time.
    private transient SentenceSplitter splitter;
    private transient TermAnalyzer analyzer;

    @Setup
    public void setup() {
      splitter = new SentenceSplitter();
      analyzer = new TermAnalyzer();
    }

    @ProcessElement
    public void process(@Element AnalyzedDocument document, OutputReceiver<AnalyzedDocument> out) {
      List<Paragraph> analyzed = new ArrayList<>(document.paragraphs().size());
      for (Paragraph paragraph : document.paragraphs()) {
        List<Sentence> split = new ArrayList<>();
        for (String text : splitter.split(paragraph.text())) {
          split.add(new Sentence(text, analyzer.terms(text)));
        }
        sentences.inc(split.size());
        analyzed.add(paragraph.splitInto(split));
      }
      out.output(document.withParagraphs(analyzed));
    }

    @Teardown
    public void teardown() {
      if (analyzer != null) {
        analyzer.close();
      }
    }
  }
}
