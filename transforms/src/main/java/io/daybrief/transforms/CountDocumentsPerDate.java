package io.daybrief.transforms;

import io.daybrief.model.AnalyzedDocument;
import java.util.Map;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * How many documents each publication date has, for IDF's document count up to a date's horizon.
 * Input: analyzed documents. Output: one map, date key to document count (as many entries as dates).
 */
public final class CountDocumentsPerDate extends PTransform<PCollection<AnalyzedDocument>, PCollection<Map<String, Long>>> {
  @Override
  public PCollection<Map<String, Long>> expand(PCollection<AnalyzedDocument> documents) {
    return documents
        .apply("OnePerDocument", MapElements.into(TypeDescriptors.maps(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((AnalyzedDocument document) -> Map.of(document.date(), 1L)))
        .setCoder(MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("SumPerDate", Combine.globally(new SumCountsFn()))
        .setCoder(MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
  }
}
