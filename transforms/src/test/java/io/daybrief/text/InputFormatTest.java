package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void formatFollowsTheNameBeneathAnyCompressionSuffix() {
    assertEquals(InputFormat.PLAIN_TEXT, InputFormat.of("000_80c4707803dd9771.txt"));
    assertEquals(InputFormat.PLAIN_TEXT, InputFormat.of("article"));
    assertEquals(InputFormat.PLAIN_TEXT, InputFormat.of("article.txt.gz"));
    assertEquals(InputFormat.JSON_LINES, InputFormat.of("docs.jsonl"));
    assertEquals(InputFormat.JSON_LINES, InputFormat.of("docs.JSONL.bz2"));
    assertEquals(InputFormat.UNSUPPORTED, InputFormat.of("photo.png"));
    assertEquals(InputFormat.UNSUPPORTED, InputFormat.of("archive.zip"));
  }

  @Test
  void documentIdDropsFormatAndCompressionExtensions() {
    assertEquals("000_80c4707803dd9771", InputFormat.documentId("000_80c4707803dd9771.txt"));
    assertEquals("report.2022", InputFormat.documentId("report.2022.txt.gz"));
    assertEquals("article", InputFormat.documentId("article"));
    assertEquals("docs", InputFormat.documentId("docs.jsonl.bz2"));
  }

  @Test
  void aLeadingDotIsNotAnExtension() {
    assertEquals("", InputFormat.extension(".hidden"));
    assertEquals(".txt", InputFormat.extension("a.TXT"));
  }

  @Test
  void aFailedReadOfACompressedFileIsNamedAsSuch() {
    assertEquals("truncated or corrupt compressed file: unexpected end of data",
        InputFormat.readFailure("a.txt.gz", new EOFException(), 0));
    assertEquals("truncated or corrupt compressed file after line 12: Stream corrupted",
        InputFormat.readFailure("a.jsonl.bz2", new IOException("Stream corrupted"), 12));
    assertEquals("unreadable: AccessDeniedException",
        InputFormat.readFailure("a.txt", new AccessDeniedException(null), 0));
  }
}
