package io.daybrief.text.html;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.text.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pages built to be slow: every pass of the extractor must stay linear in the page's size. */
class HostilePageTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String SENTENCE = "The council met again today, and it decided, after a long debate, to extend the line. ";
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void deeplyNestedBlocks() {
    int depth = 50_000;
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < depth; i++) {
      html.append("<div class='share'>").append(i % 10 == 0 ? SENTENCE : "");
    }
    html.append(SENTENCE.repeat(3));
    html.append("</div>".repeat(depth)).append("</body></html>");
    assertTimeoutPreemptively(LIMIT, () -> extractor.extract(html.toString(), null));
  }

  @Test
  void deeplyNestedInlineElementsAndLinks() {
    int depth = 50_000;
    StringBuilder html = new StringBuilder("<html><body><div>");
    for (int i = 0; i < depth; i++) {
      html.append(i % 2 == 0 ? "<span>" : "<a href='#'>").append("word ");
    }
    html.append("</div></body></html>");
    assertTimeoutPreemptively(LIMIT, () -> {
      try {
        extractor.extract(html.toString(), null);
      } catch (InvalidInputException e) {
        // all links: no article, which is fine; only the time is tested
      }
    });
  }

  @Test
  void manyParagraphsInOneContainer() {
    StringBuilder html = new StringBuilder("<html><body><div class='article'>");
    for (int i = 0; i < 50_000; i++) {
      html.append("<p>").append(SENTENCE).append("</p>text between<br>");
    }
    html.append("</div></body></html>");
    String body = assertTimeoutPreemptively(LIMIT, () -> extractor.extract(html.toString(), null).body());
    assertTrue(body.length() > 50_000 * SENTENCE.length() / 2);
  }

  @Test
  void unclosedCommentAtTheTop() {
    String html = "<!--" + "x".repeat(1_000_000);
    assertTimeoutPreemptively(LIMIT, () -> assertThrows(InvalidInputException.class, () -> extractor.extract(html, null)));
  }
}
