package io.daybrief.text.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.daybrief.text.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final String FIRST =
      "The city council voted on Tuesday to extend the tram line to the northern suburbs, ending a dispute that had lasted three years.";
  private static final String SECOND =
      "Construction will start in the spring, the mayor said, and the first trams should run before the end of 2025, at a cost of 120 million euros.";
  private static final String THIRD =
      "Opponents, who had argued for buses instead, said they would not appeal the decision, although some residents still fear the noise.";

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  private static String template(String article) {
    return "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
        + "<li><a href='/sport'>Sport</a></li></ul></nav></header>"
        + "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Tweet this article</a></div>"
        + "<main><article><h1>Tram line to be extended</h1>"
        + "<div class='byline'>By A. Reporter, 2 March 2022</div>"
        + article
        + "</article>"
        + "<section class='related-stories'><h2>Related</h2><ul>"
        + "<li><a href='/a'>Bus drivers strike over pay, with longer teaser text that goes on and on</a></li>"
        + "<li><a href='/b'>New bridge opens to traffic after years of delays and cost overruns</a></li></ul></section>"
        + "<div id='comments'><p>Great news, finally! I have been waiting for this tram for years and years, really.</p></div>"
        + "</main><footer><p>© 2022 The Daily Example. All rights reserved. Contact us, careers, advertising.</p></footer>";
  }

  @Test
  void keepsTheArticleParagraphsAndDropsTheTemplate() throws Exception {
    String html = page("<title>Tram | Daily</title>",
        template("<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>"));
    ExtractedArticle article = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, null);
    assertEquals(FIRST + "\n" + SECOND + "\n" + THIRD, article.body());
  }

  @Test
  void linkListsInsideTheArticleAreLeftOut() throws Exception {
    String html = page("", template("<p>" + FIRST + "</p>"
        + "<ul><li><a href='/x'>Read also: the tram debate in full, all the arguments</a></li>"
        + "<li><a href='/y'>Read also: what the mayor promised in the last campaign</a></li></ul>"
        + "<p>" + SECOND + "</p>"));
    assertEquals(FIRST + "\n" + SECOND, extractor.extract(html, null).body());
  }

  @Test
  void hiddenElementsAndScriptsAreNotText() throws Exception {
    String html = page("", "<div class='story'><p>" + FIRST + "</p>"
        + "<div style='display: none'><p>Subscribe now to read this hidden text about our offers.</p></div>"
        + "<script>var a = 'function tracking code that is long enough to count as text';</script>"
        + "<p>" + SECOND + "</p></div>");
    assertEquals(FIRST + "\n" + SECOND, extractor.extract(html, null).body());
  }

  @Test
  void lineBreaksSplitParagraphs() throws Exception {
    String html = page("", "<div class='content'>" + FIRST + "<br><br>" + SECOND + "<br>" + THIRD + "</div>");
    assertEquals(FIRST + "\n" + SECOND + "\n" + THIRD, extractor.extract(html, null).body());
  }

  @Test
  void anArticleCutIntoChunksOfOneTemplateIsKeptWhole() throws Exception {
    String chunk = "<div class='chunk'><div class='inner'><p>%s</p></div></div>";
    String html = page("", "<div class='page'>"
        + String.format(chunk, FIRST)
        + "<div class='ad-slot'><a href='/ad'>Advertisement</a></div>"
        + String.format(chunk, SECOND + " " + THIRD + " " + SECOND)
        + "</div>");
    String body = extractor.extract(html, null).body();
    assertTrue(body.startsWith(FIRST + "\n"), body);
    assertFalse(body.contains("Advertisement"), body);
  }

  @Test
  void aTableRowIsOneLine() throws Exception {
    String html = page("", template("<p>" + FIRST + "</p><table><tr><th>Line</th><th>Length</th></tr>"
        + "<tr><td>North</td><td>12 km</td></tr></table><p>" + SECOND + "</p>"));
    assertEquals(FIRST + "\nLine Length\nNorth 12 km\n" + SECOND, extractor.extract(html, null).body());
  }

  @Test
  void anItalicLineUnderAnImageIsACaption() throws Exception {
    String html = page("", template("<p>" + FIRST + "</p><p><img src='tram.jpg'></p><p> </p>"
        + "<p><em>The new tram at the depot. Photo: City of Example</em></p>"
        + "<p>" + SECOND + "</p><p><em>" + THIRD + "</em></p>"));
    assertEquals(FIRST + "\n" + SECOND + "\n" + THIRD, extractor.extract(html, null).body());
  }

  @Test
  void metadataFromOpenGraphAndMeta() throws Exception {
    String html = page(
        "<meta property='og:title' content='Tram line to be extended'>"
            + "<meta property='article:published_time' content='2022-03-02T13:44:00+01:00'>"
            + "<link rel='canonical' href='https://news.example/tram'>",
        template("<p>" + FIRST + "</p><p>" + SECOND + "</p>"));
    ExtractedArticle article = extractor.extract(html, null);
    assertEquals("Tram line to be extended", article.title());
    assertEquals("2022-03-02T13:44:00+01:00", article.published());
    assertEquals("https://news.example/tram", article.url());
  }

  @Test
  void givenUrlWinsOverTheCanonicalLink() throws Exception {
    String html = page("<link rel='canonical' href='https://news.example/tram'>", template("<p>" + FIRST + "</p>"));
    assertEquals("https://mirror.example/t", extractor.extract(html, "https://mirror.example/t").url());
  }

  @Test
  void ogUrlWhenThereIsNoCanonicalLink() throws Exception {
    String html = page("<meta property='og:url' content='https://news.example/og'>", template("<p>" + FIRST + "</p>"));
    assertEquals("https://news.example/og", extractor.extract(html, null).url());
  }

  @Test
  void dateFromJsonLdInAGraph() throws Exception {
    String jsonLd = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"Daily\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Trams\",\"datePublished\":\"2022-03-02T08:00:00Z\"}]}</script>";
    ExtractedArticle article = extractor.extract(page(jsonLd, template("<p>" + FIRST + "</p>")), null);
    assertEquals("2022-03-02T08:00:00Z", article.published());
    assertEquals("Trams", article.title());
  }

  @Test
  void dateFromTimeElementAndTitleFromH1() throws Exception {
    String html = page("<title>Site | Page</title>",
        "<article><h1>Headline here</h1><time datetime='2022-03-02'>2 March</time><p>" + FIRST + "</p></article>");
    ExtractedArticle article = extractor.extract(html, null);
    assertEquals("2022-03-02", article.published());
    assertEquals("Headline here", article.title());
  }

  @Test
  void datesAreNormalisedForTheJob() {
    assertEquals("2019-11-20T10:15:00+01:00", PageMetadata.normalizedDate("2019-11-20T10:15:00+0100").orElseThrow());
    assertEquals("2019-11-20T10:15:00", PageMetadata.normalizedDate("2019-11-20 10:15:00").orElseThrow());
    assertEquals("2019-11-20T10:15:00Z", PageMetadata.normalizedDate("Wed, 20 Nov 2019 10:15:00 GMT").orElseThrow());
    assertEquals("2019-11-20", PageMetadata.normalizedDate("November 20, 2019").orElseThrow());
    assertTrue(PageMetadata.normalizedDate("yesterday").isEmpty());
  }

  @Test
  void noDateWhenThePageStatesNone() throws Exception {
    assertNull(extractor.extract(page("", template("<p>" + FIRST + "</p>")), null).published());
  }

  @Test
  void jsonLdBodyIsAFallbackWhenTheMarkupHasLittleText() throws Exception {
    String longBody = FIRST + "\\n" + SECOND + "\\n" + THIRD;
    String jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" + longBody + "\"}</script>";
    String visible = "<div id='app'><p>" + FIRST + "</p></div><noscript>" + SECOND + " " + THIRD + "</noscript>"
        + "<div hidden>" + SECOND + " " + THIRD + "</div>";
    assertEquals(FIRST + "\n" + SECOND + "\n" + THIRD, extractor.extract(page(jsonLd, visible), null).body());
  }

  @Test
  void jsonLdBodyWhoseWordsAreNotOnThePageIsNotTaken() throws Exception {
    String jsonLd = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + "Completely different words about another subject entirely, which nobody wrote on this page at all, "
        + "repeated: completely different words about another subject entirely, nothing shared.\"}</script>";
    String body = extractor.extract(page(jsonLd, "<div><p>" + FIRST + "</p></div>"), null).body();
    assertEquals(FIRST, body);
  }

  @Test
  void charsetFromTheHttpHeaderWins() throws Exception {
    String html = page("<meta charset='utf-8'>", "<p>Le conseil a voté à Genève, après une longue séance de trois années de débats. " + FIRST + "</p>");
    byte[] latin = html.getBytes(Charset.forName("windows-1252"));
    assertTrue(extractor.extract(latin, "windows-1252", null).body().contains("voté à Genève"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> extractor.extract(latin, null, null));
    assertTrue(e.getMessage().startsWith("not UTF-8 text: invalid byte sequence at offset "), e.getMessage());
  }

  @Test
  void charsetFromMetaElements() throws Exception {
    String body = "<p>Le conseil a voté à Genève, après une longue séance de trois années de débats. " + FIRST + "</p>";
    for (String meta : new String[] {"<meta charset=\"ISO-8859-1\">",
        "<meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"}) {
      byte[] bytes = page(meta, body).getBytes(Charset.forName("windows-1252"));
      assertTrue(extractor.extract(bytes, null, null).body().contains("voté à Genève"), meta);
    }
  }

  @Test
  void unknownCharsetIsRejectedWithItsName() {
    byte[] bytes = page("<meta charset='klingon-8'>", "<p>" + FIRST + "</p>").getBytes(StandardCharsets.UTF_8);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> extractor.extract(bytes, null, null));
    assertEquals("unknown charset 'klingon-8' in <meta charset>", e.getMessage());
  }

  @Test
  void byteOrderMarkDecidesTheCharset() throws Exception {
    byte[] text = page("<meta charset='windows-1252'>", "<p>" + FIRST + " Genève.</p>").getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    assertTrue(extractor.extract(withBom, null, null).body().endsWith("Genève."));
  }

  @Test
  void binaryContentIsRejected() {
    byte[] bytes = {'<', 'h', 't', 'm', 'l', '>', 0, 1, 2};
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> extractor.extract(bytes, null, null));
    assertEquals("binary content: NUL byte at offset 6", e.getMessage());
  }

  @Test
  void nonHtmlPayloadsAreRejected() {
    InvalidInputException json = assertThrows(InvalidInputException.class,
        () -> extractor.extract("{\"id\": 1, \"text\": \"hello\"}", null));
    assertEquals("not HTML: looks like JSON", json.getMessage());
    InvalidInputException text = assertThrows(InvalidInputException.class,
        () -> extractor.extract("Just a plain text file.\nWith two lines.", null));
    assertEquals("not HTML: starts with 'Just a plain text file.'", text.getMessage());
    assertThrows(InvalidInputException.class, () -> extractor.extract(new byte[0], null, null));
  }

  @Test
  void htmlIsKnownByItsTagsEvenAfterALineOfNoise() {
    assertTrue(ArticleExtractor.looksLikeHtml("<!-- cached --><section><p>x</p></section>"));
    assertTrue(ArticleExtractor.looksLikeHtml("Warning: something on line 12\n<!DOCTYPE html><html><body></body></html>"));
    assertTrue(ArticleExtractor.looksLikeHtml("\uFEFF\n  <html lang='en'>"));
    assertFalse(ArticleExtractor.looksLikeHtml("a < b and c > d, in plain text"));
    assertFalse(ArticleExtractor.looksLikeHtml("%PDF-1.7 binary"));
  }

  @Test
  void aPageWithoutArticleIsRejected() {
    String html = page("<title>Index</title>", "<nav><a href='/a'>Home</a> <a href='/b'>News</a></nav><div><a href='/c'>More</a></div>");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> extractor.extract(html, null));
    assertEquals("no article body: 'Index' has no paragraph of text", e.getMessage());
  }

  @Test
  void classWordsAreSplitAtSeparatorsAndHumps() {
    org.jsoup.nodes.Element element = new org.jsoup.nodes.Element("div")
        .attr("class", "relatedPosts article__body").attr("id", "main-content");
    assertEquals(java.util.List.of("related", "posts", "article", "body", "main", "content"), ClassHints.words(element));
    assertTrue(ClassHints.isBoilerplate(element));
    assertFalse(ClassHints.isBoilerplate(new org.jsoup.nodes.Element("div").attr("class", "commentary-body")));
  }
}
