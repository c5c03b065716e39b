package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import io.daybrief.model.Document;
import io.daybrief.model.Paragraph;
import io.daybrief.text.BoilerplateFilter;
import io.daybrief.text.Fingerprints;
import io.daybrief.text.ParagraphExtractor;
import io.daybrief.text.ParagraphExtractor.Block;
import io.daybrief.text.ParagraphExtractor.Extraction;
import io.daybrief.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Cuts documents into normalized paragraphs and drops boilerplate. Input: dated documents.
 * Output: one {@link AnalyzedDocument} per document with its kept paragraphs and their
 * fingerprints (sentences not split yet). Counts each boilerplate rule's drops.
 */
public final class NormalizeParagraphs
    extends PTransform<PCollection<Document>, PCollection<AnalyzedDocument>> {

  @Override
  public PCollection<AnalyzedDocument> expand(PCollection<Document> documents) {
    return documents.apply("ExtractParagraphs", ParDo.of(new ExtractParagraphsFn()));
  }

  static final class ExtractParagraphsFn extends DoFn<Document, AnalyzedDocument> {
    private final Counter read = Counters.counter(Counters.PARAGRAPHS_READ);
    private final Counter kept = Counters.counter(Counters.PARAGRAPHS_KEPT);
    private final Map<String, Counter> droppedByRule = new HashMap<>();
    private transient ParagraphExtractor extractor;

    @Setup
    public void setup() {
      extractor = new ParagraphExtractor();
      for (String rule : BoilerplateFilter.ruleNames()) {
        droppedByRule.put(rule, Counters.counter(Counters.BOILERPLATE_PREFIX + rule));
      }
      droppedByRule.put(ParagraphExtractor.EMPTY, Counters.counter(Counters.BOILERPLATE_PREFIX + ParagraphExtractor.EMPTY));
    }

    @ProcessElement
    public void process(@Element Document document, OutputReceiver<AnalyzedDocument> out) {
      Extraction extraction = extractor.extract(document.title(), document.text());
      read.inc(extraction.blocks());
      kept.inc(extraction.kept().size());
      extraction.dropped().forEach((rule, count) -> droppedByRule.get(rule).inc(count));
      List<Paragraph> paragraphs = new ArrayList<>(extraction.kept().size());
      for (Block block : extraction.kept()) {
        long fingerprint = Fingerprints.of(TextNormalizer.canonical(block.text()));
        paragraphs.add(new Paragraph(block.position(), block.text(), fingerprint, List.of()));
      }
      out.output(new AnalyzedDocument(document.id(), document.date(), paragraphs,
          FileParser.isWebUrl(document.source()) ? document.source() : null));
    }
  }
}
