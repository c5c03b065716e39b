package io.daybrief.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void markupCharactersBecomeReferences() {
    assertEquals("&lt;/script&gt;&lt;b title=&quot;x&quot; data-a=&#39;y&#39;&gt;Tom &amp; Jerry",
        Html.escape("</script><b title=\"x\" data-a='y'>Tom & Jerry"));
  }

  @Test
  void controlCharactersAreReplacedButLineBreaksAndTabsKept() {
    assertEquals("a\uFFFDb\uFFFDc\td\ne", Html.escape("a\u0000b\u0085c\td\ne"));
  }

  @Test
  void textWithoutMarkupIsUnchanged() {
    assertEquals("Kyiv — 2,000 civilians; “quoted” ©", Html.escape("Kyiv — 2,000 civilians; “quoted” ©"));
  }
}
