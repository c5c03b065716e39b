package io.daybrief.digest;

import static io.daybrief.digest.Days.day;
import static io.daybrief.digest.Days.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownDigestTest {

  @Test
  void rendersCountersTimelineAndEachDate() {
    Digest digest = Days.digest(List.of(
        day("2022-03-02", 1, 16, line("Russia's invasion has killed 2,000 civilians.", "003_03d6")),
        day("2022-03-03", 2, 28, line("Grandi said *millions* more will flee.", "000_80c4")),
        day("undated", 2, 11, line("U.N.: Ukraine Refugee Count Tops 1 Million", "002_c7c8"))));
    assertEquals("""
        # Daily digest: 2–3 March 2022

        2 dated summaries and one of undated articles, 3 sentences chosen from 5 documents.

        | documents read | rejected | boilerplate paragraphs | duplicate paragraphs | near-copy sentences | dates summarized |
        |---:|---:|---:|---:|---:|---:|
        | 5 | 1 | 95 | 17 | 12 | 3 |

        ## Timeline

        | date | documents | new paragraphs |
        |---|---|---|
        | 2022-03-02 | ██████████ 1 | ███████████▍ 16 |
        | 2022-03-03 | ████████████████████ 2 | ████████████████████ 28 |
        | undated | ████████████████████ 2 | ███████▉ 11 |

        ## Wednesday, 2 March 2022

        1 document · 16 new paragraphs

        - Russia's invasion has killed 2,000 civilians. — `003_03d6`

        ## Thursday, 3 March 2022

        2 documents · 28 new paragraphs

        - Grandi said \\*millions\\* more will flee. — `000_80c4`

        ## Undated

        2 documents · 11 new paragraphs

        - U.N.: Ukraine Refugee Count Tops 1 Million — `002_c7c8`

        """, MarkdownDigest.render(digest));
  }

  @Test
  void articleTextCannotBecomeMarkup() {
    assertEquals("\\[link\\](x) \\<b\\> \\_a\\_ \\`c\\` \\| \\&amp; \\!\\[i\\]", MarkdownDigest.escape("[link](x) <b> _a_ `c` | &amp; ![i]"));
    assertEquals("\\# not a heading", MarkdownDigest.escape("# not a heading"));
    assertEquals("\\- not an item, 2 - 1", MarkdownDigest.escape("- not an item, 2 - 1"));
    assertEquals("1914\\. The war began.", MarkdownDigest.escape("1914. The war began."));
    assertEquals("one line two", MarkdownDigest.escape("one line\r\ntwo"));
  }

  @Test
  void codeSpansHoldBackticks() {
    assertEquals("`doc-1`", MarkdownDigest.codeSpan("doc-1"));
    assertEquals("``a`b``", MarkdownDigest.codeSpan("a`b"));
    assertEquals("`` `edge` ``", MarkdownDigest.codeSpan("`edge`"));
  }

  @Test
  void barsUseEighthBlocksAndShowSmallValues() {
    assertEquals("████████████████████ 40", MarkdownDigest.bar(40, 40));
    assertEquals("██████████ 20", MarkdownDigest.bar(20, 40));
    assertEquals("▏ 1", MarkdownDigest.bar(1, 1000));
    assertEquals("0", MarkdownDigest.bar(0, 40));
  }
}
