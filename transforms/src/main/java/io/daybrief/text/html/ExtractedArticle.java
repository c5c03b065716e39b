package io.daybrief.text.html;

/**
 * What a page says about its article.
 *
 * @param title the headline, or null when the page has none
 * @param published the publication date as the page states it, normalised to {@code YYYY-MM-DD}
 *     or an ISO-8601 timestamp ({@code 2019-11-20T10:15:00Z}, {@code 2019-11-20T10:15:00}) that
 *     {@link io.daybrief.text.DateExtractor#parseDateField} reduces to a date; null when the page
 *     states none
 * @param body the article's text, one paragraph per line, never blank
 * @param url the URL given with the page, else its canonical link or {@code og:url}; null when
 *     none is known
 */
public record ExtractedArticle(String title, String published, String body, String url) {}
