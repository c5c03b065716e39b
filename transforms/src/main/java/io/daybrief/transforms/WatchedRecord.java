package io.daybrief.transforms;

import io.daybrief.model.Document;
import io.daybrief.model.Rejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * One thing the file watch read: a document, a rejected record, or the counts of one file's
 * reading. A source has a single output, and counters incremented inside a Flink source never reach
 * the job's result, so the counts travel with the data and are added up by a DoFn.
 */
record WatchedRecord(Document document, Rejected rejected, Map<String, Long> counts) {

  static WatchedRecord of(Document document) {
    return new WatchedRecord(document, null, null);
  }

  static WatchedRecord of(Rejected rejected) {
    return new WatchedRecord(null, rejected, null);
  }

  static WatchedRecord counts(Map<String, Long> counts) {
    return new WatchedRecord(null, null, new TreeMap<>(counts));
  }

  static final class WatchedRecordCoder extends CustomCoder<WatchedRecord> {
    private static final int DOCUMENT = 0;
    private static final int REJECTED = 1;
    private static final int COUNTS = 2;
    private static final MapCoder<String, Long> COUNTS_CODER = MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());

    @Override
    public void encode(WatchedRecord value, OutputStream out) throws IOException {
      if (value.document() != null) {
        out.write(DOCUMENT);
        Document.DocumentCoder.of().encode(value.document(), out);
      } else if (value.rejected() != null) {
        out.write(REJECTED);
        Rejected.RejectedCoder.of().encode(value.rejected(), out);
      } else {
        out.write(COUNTS);
        COUNTS_CODER.encode(value.counts(), out);
      }
    }

    @Override
    public WatchedRecord decode(InputStream in) throws IOException {
      int kind = in.read();
      return switch (kind) {
        case DOCUMENT -> of(Document.DocumentCoder.of().decode(in));
        case REJECTED -> of(Rejected.RejectedCoder.of().decode(in));
        case COUNTS -> new WatchedRecord(null, null, COUNTS_CODER.decode(in));
        default -> throw new IOException("not a watched record: kind " + kind);
      };
    }
  }
}
