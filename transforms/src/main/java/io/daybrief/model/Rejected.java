package io.daybrief.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * An input that could not be used: a dead-letter record.
 *
 * @param source the file (or glob) it came from
 * @param line 1-based line number within a JSON Lines file; 0 when the whole file is meant
 * @param reason why it was not used, for a person to read
 * @param offset byte offset of a WARC record within its file (of its gzip member in a {@code
 *     .warc.gz}), as a WARC index (CDX) gives it; {@link #NO_OFFSET} for everything else
 */
@DefaultCoder(Rejected.RejectedCoder.class)
public record Rejected(String source, long line, String reason, long offset) {
  public static final long NO_OFFSET = -1;

  public Rejected(String source, long line, String reason) {
    this(source, line, reason, NO_OFFSET);
  }

  public static Rejected file(String source, String reason) {
    return new Rejected(source, 0, reason);
  }

  /** A record of a WARC file, found by its offset. */
  public static Rejected warcRecord(String file, long offset, String reason) {
    return new Rejected(file, 0, reason, offset);
  }

  /** Hand-written coder: Java serialization is slow and not stable across versions. */
  public static final class RejectedCoder extends CustomCoder<Rejected> {
    private static final RejectedCoder INSTANCE = new RejectedCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarLongCoder LONG = VarLongCoder.of();

    public static RejectedCoder of() {
      return INSTANCE;
    }

    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(Rejected.class), INSTANCE);
    }

    @Override
    public void encode(Rejected value, OutputStream out) throws IOException {
      STRING.encode(value.source(), out);
      LONG.encode(value.line(), out);
      STRING.encode(value.reason(), out);
      LONG.encode(value.offset() + 1, out);
    }

    @Override
    public Rejected decode(InputStream in) throws IOException {
      return new Rejected(STRING.decode(in), LONG.decode(in), STRING.decode(in), LONG.decode(in) - 1);
    }

    @Override
    public void verifyDeterministic() {}
  }
}
