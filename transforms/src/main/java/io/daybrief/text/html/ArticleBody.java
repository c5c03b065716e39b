package io.daybrief.text.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Which blocks of a page are its article: the rules of readability and boilerpipe, in our own
 * form. Markup that is never article text is removed first (scripts, navigation, elements whose
 * class or id says comment, share, related ...); then every paragraph gives points to the
 * elements around it, more for long paragraphs with commas and fewer links; the best element
 * and those of its siblings that look like it are the article; within them, blocks that are
 * mostly links are left out.
 */
final class ArticleBody {
  /** A paragraph shorter than this says too little about where the article is. */
  static final int MIN_SCORED_CHARS = 25;
  /** Text that is more than this share of link text is navigation, not prose. */
  static final double MAX_LINK_DENSITY = 0.5;

  private static final Set<String> NEVER_TEXT = Set.of(
      "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed",
      "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "header",
      "head", "link", "meta", "audio", "video", "map", "dialog", "menu", "label", "figcaption");

  private static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol",
      "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
      "caption", "legend");

  private static final Set<String> EMPHASIS_TAGS = Set.of("em", "i", "small");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** A run of text between block boundaries, with the element that holds it. */
  record Block(String text, int chars, int linkChars, int emphasisChars, Element owner, boolean loose) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  /** Character counts of an element's subtree, whitespace not counted. */
  static final class Stats {
    int chars;
    int linkChars;
    int paragraphChars;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private ArticleBody() {}

  /**
   * The article's paragraphs, in page order; empty when the page has no prose at all. Removes
   * what is not article text from {@code body} as it goes.
   */
  static List<String> paragraphs(Element body) {
    removeNeverText(body);
    Map<Element, Stats> stats = measure(body);
    removeBoilerplateContainers(body, stats);
    stats = measure(body);
    List<Block> blocks = blocks(body);
    Map<Element, Double> scores = score(blocks, stats);
    if (scores.isEmpty()) {
      return List.of();
    }
    Element top = topCandidate(scores);
    Set<Element> article = withSiblings(top, scores, stats, proseHolders(blocks));
    List<String> paragraphs = new ArrayList<>();
    Set<Element> inArticle = descendants(article, linkLists(article, stats));
    Element lastRow = null;
    for (Block block : blocks) {
      if (!inArticle.contains(block.owner()) || !keep(block, stats)) {
        continue;
      }
      // The cells of a table row are one line, as the row reads; a cell per line would make
      // "Pos." and "1" paragraphs of their own.
      Element row = isCell(block.owner()) ? block.owner().parent() : null;
      boolean sameRow = row != null && row == lastRow && !paragraphs.isEmpty();
      lastRow = row;
      for (String line : block.text().split("\n")) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
          continue;
        }
        if (sameRow) {
          paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + stripped);
        } else {
          paragraphs.add(stripped);
        }
      }
    }
    return paragraphs;
  }

  private static void removeNeverText(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      if (NEVER_TEXT.contains(element.normalName()) || isHidden(element)) {
        doomed.add(element);
      }
    }
    removeAll(body, doomed);
  }

  /**
   * Whole class names of the CSS frameworks' display-none utilities. Only whole names: a word
   * such as the "hidden" of "overflow-hidden" says nothing about visibility.
   */
  private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "d-none", "is-hidden", "invisible");

  /** Hidden by a class name; a page's scripts may show it, so it is treated like boilerplate. */
  private static boolean hasHidingClass(Element element) {
    for (String className : element.classNames()) {
      if (HIDING_CLASSES.contains(className.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))) {
      return true;
    }
    String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  private static void removeBoilerplateContainers(Element body, Map<Element, Stats> stats) {
    Stats page = stats.get(body);
    Set<Element> protectedElements = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marked : body.select("[itemprop=articleBody]")) {
      for (Element e = marked; e != null && protectedElements.add(e); e = e.parent()) {
        // ancestors already protected have theirs protected too
      }
    }
    List<Element> doomed = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element == body || protectedElements.contains(element)) {
        continue;
      }
      if ((ClassHints.isBoilerplate(element) || hasHidingClass(element))
          && !holdsMostOfThePage(stats.get(element), page)) {
        doomed.add(element);
      }
    }
    removeAll(body, doomed);
  }

  /** A wrapper named "has-comments" or "with-sidebar" may hold the whole page. */
  private static boolean holdsMostOfThePage(Stats element, Stats page) {
    if (element == null) {
      return false;
    }
    if (page.paragraphChars > 0) {
      return element.paragraphChars * 2 >= page.paragraphChars;
    }
    return element.chars * 2 >= page.chars;
  }

  /**
   * Removes the elements with their subtrees. A parent's children are rebuilt once rather than
   * removed one at a time: jsoup renumbers the following siblings on each removal, which made a
   * page of many removed siblings quadratic.
   */
  private static void removeAll(Element root, List<Element> doomed) {
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(doomed);
    Map<Element, Integer> doomedChildren = new IdentityHashMap<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node != root && node instanceof Element element && set.contains(element)) {
          doomedChildren.merge(element.parent(), 1, Integer::sum);
          return FilterResult.SKIP_ENTIRELY; // its descendants go with it
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, root);
    for (Map.Entry<Element, Integer> entry : doomedChildren.entrySet()) {
      Element parent = entry.getKey();
      if (entry.getValue() == 1) {
        for (Element child : parent.children()) {
          if (set.contains(child)) {
            child.remove();
            break;
          }
        }
        continue;
      }
      List<Node> kept = new ArrayList<>(parent.childNodeSize());
      for (Node child : parent.childNodes()) {
        if (!(child instanceof Element element && set.contains(element))) {
          kept.add(child);
        }
      }
      parent.empty();
      parent.appendChildren(kept);
    }
  }

  /** The containers and everything inside them, except what is inside the excluded elements. */
  private static Set<Element> descendants(Set<Element> containers, Set<Element> excluded) {
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element container : containers) {
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (!(node instanceof Element element)) {
            return FilterResult.SKIP_CHILDREN;
          }
          if (excluded.contains(element)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          inside.add(element);
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          return FilterResult.CONTINUE;
        }
      }, container);
    }
    return inside;
  }

  static Map<Element, Stats> measure(Element root) {
    Map<Element, Stats> stats = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element element) {
          stats.put(element, new Stats());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        Node parentNode = node.parentNode();
        Stats parent = parentNode instanceof Element p && node != root ? stats.get(p) : null;
        if (node instanceof TextNode text) {
          if (parent != null) {
            parent.chars += visibleChars(text.getWholeText());
          }
        } else if (node instanceof Element element) {
          Stats own = stats.get(element);
          if (element.normalName().equals("a")) {
            own.linkChars = own.chars;
          }
          if (element.normalName().equals("p")) {
            own.paragraphChars = own.chars;
          }
          if (parent != null) {
            parent.chars += own.chars;
            parent.linkChars += own.linkChars;
            parent.paragraphChars += own.paragraphChars;
          }
        }
      }
    }, root);
    return stats;
  }

  static int visibleChars(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0') {
        count++;
      }
    }
    return count;
  }

  /**
   * The page's text cut at block elements and line breaks, in page order. Text inside a link
   * counts as link text even when the link wraps blocks (a teaser card is one big link).
   */
  static List<Block> blocks(Element root) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int[] counts = new int[3]; // chars, link chars, emphasised chars
    int[] linkDepth = {0};
    int[] emphasisDepth = {0};
    Deque<Element> owners = new ArrayDeque<>();
    owners.push(root);
    Map<Element, Boolean> blockChildren = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          // Line breaks in the source are layout; only <br> breaks a line of text.
          String value = textNode.getWholeText().replace('\n', ' ').replace('\r', ' ');
          text.append(value);
          int chars = visibleChars(value);
          counts[0] += chars;
          if (linkDepth[0] > 0) {
            counts[1] += chars;
          }
          if (emphasisDepth[0] > 0) {
            counts[2] += chars;
          }
        } else if (node instanceof Element element) {
          String tag = element.normalName();
          if (tag.equals("a")) {
            linkDepth[0]++;
          }
          if (EMPHASIS_TAGS.contains(tag)) {
            emphasisDepth[0]++;
          }
          if (tag.equals("br")) {
            text.append('\n');
          } else if (element != root && BLOCK_TAGS.contains(tag)) {
            flush();
            owners.push(element);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element) {
          if (element.normalName().equals("a")) {
            linkDepth[0]--;
          }
          if (EMPHASIS_TAGS.contains(element.normalName())) {
            emphasisDepth[0]--;
          }
          if (element != root && BLOCK_TAGS.contains(element.normalName())) {
            flush();
            owners.pop();
          }
        }
      }

      private void flush() {
        if (counts[0] > 0) {
          Element holder = owners.peek();
          boolean loose = blockChildren.computeIfAbsent(holder, ArticleBody::hasBlockChildren);
          blocks.add(new Block(collapse(text), counts[0], counts[1], counts[2], holder, loose));
        }
        text.setLength(0);
        counts[0] = 0;
        counts[1] = 0;
        counts[2] = 0;
      }
    }, root);
    if (counts[0] > 0) {
      blocks.add(new Block(collapse(text), counts[0], counts[1], counts[2], root, hasBlockChildren(root)));
    }
    return blocks;
  }

  private static boolean isCell(Element element) {
    return element.normalName().equals("td") || element.normalName().equals("th");
  }

  /** A {@code <p>}, or a {@code <div>} used as one (readability turns those into paragraphs). */
  private static boolean isParagraphLike(Element element) {
    String tag = element.normalName();
    return tag.equals("p") || (tag.equals("div") || tag.equals("span")) && !hasBlockChildren(element);
  }

  private static boolean hasBlockChildren(Element element) {
    for (Element child : element.children()) {
      if (BLOCK_TAGS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Runs of blanks become one space; line breaks from {@code <br>} are kept. */
  static String collapse(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        out.append('\n');
        space = false;
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Readability's scoring: a paragraph gives 1 point, one per comma and one per 100 characters
   * (at most 3) to the element that holds it, half to the next, less further up; an element's
   * score is then discounted by its share of link text.
   */
  static Map<Element, Double> score(List<Block> blocks, Map<Element, Stats> stats) {
    // jsoup elements are equal only to themselves; a linked map keeps the order in which the page's
    // paragraphs reached them, so that ties are broken the same way on every run.
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Block block : blocks) {
      if (block.chars() < MIN_SCORED_CHARS || HEADINGS.contains(block.owner().normalName())) {
        continue;
      }
      double points = (1 + commas(block.text()) + Math.min(block.chars() / 100, 3)) * (1 - block.linkDensity());
      Element target = block.loose() ? block.owner() : block.owner().parent();
      for (int level = 0; target != null && level < 5; level++, target = target.parent()) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Element candidate = target;
        double base = scores.computeIfAbsent(candidate, ArticleBody::initialScore);
        scores.put(candidate, base + points / divider);
      }
    }
    Map<Element, Double> discounted = new LinkedHashMap<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Stats own = stats.get(entry.getKey());
      double linkDensity = own == null ? 0 : own.linkDensity();
      discounted.put(entry.getKey(), entry.getValue() * (1 - linkDensity));
    }
    return discounted;
  }

  private static double initialScore(Element element) {
    double score = switch (element.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + ClassHints.weight(element);
  }

  static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        count++;
      }
    }
    return count;
  }

  private static Element topCandidate(Map<Element, Double> scores) {
    Element top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getValue() > best) { // a tie goes to the element the page's text reached first
        best = entry.getValue();
        top = entry.getKey();
      }
    }
    return top;
  }

  /**
   * Articles cut into several containers (by ads, pull quotes, image galleries): siblings of the
   * best element that score close to it, or that are plain paragraphs of prose, belong to it; so
   * do the siblings of it and of its near ancestors that are built from the same template (same
   * tag and class) and hold prose.
   */
  private static Set<Element> withSiblings(
      Element top, Map<Element, Double> scores, Map<Element, Stats> stats, Set<Element> proseHolders) {
    Set<Element> article = Collections.newSetFromMap(new IdentityHashMap<>());
    article.add(top);
    Element parent = top.parent();
    if (parent == null) {
      return article;
    }
    double topScore = scores.get(top);
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        article.add(sibling);
        continue;
      }
      if (isParagraphLike(sibling)) {
        Stats own = stats.get(sibling);
        String text = sibling.text();
        if (own != null && own.chars > 80 && own.linkDensity() < 0.25) {
          article.add(sibling);
        } else if (own != null && own.chars > 0 && own.linkChars == 0 && text.matches(".*\\.( |$).*")) {
          article.add(sibling);
        }
      }
    }
    Element level = top;
    for (int up = 0; up < TEMPLATE_LEVELS && level.parent() != null; up++, level = level.parent()) {
      for (Element sibling : level.parent().children()) {
        if (sibling != level && sameTemplate(sibling, level) && proseHolders.contains(sibling)
            && stats.get(sibling).linkDensity() < 0.25) {
          article.add(sibling);
        }
      }
    }
    return article;
  }

  /** How far above the best element repeated chunks of one article are looked for. */
  static final int TEMPLATE_LEVELS = 5;

  private static boolean sameTemplate(Element a, Element b) {
    return !a.className().isBlank() && a.normalName().equals(b.normalName()) && a.className().equals(b.className());
  }

  /** A paragraph this long with few links is prose, not a date line or a label. */
  static final int PROSE_CHARS = 80;

  /** The elements that hold at least one paragraph of prose. */
  private static Set<Element> proseHolders(List<Block> blocks) {
    Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Block block : blocks) {
      if (block.chars() >= PROSE_CHARS && block.linkDensity() < 0.25) {
        for (Element e = block.owner(); e != null && holders.add(e); e = e.parent()) {
          // ancestors already added have theirs added too
        }
      }
    }
    return holders;
  }

  /** A list of at least this many items, each with a link, is a list of links to elsewhere. */
  static final int LINK_LIST_ITEMS = 3;
  static final double LINK_LIST_DENSITY = 0.35;

  /**
   * Lists inside the article whose every item links somewhere ("More stories: ...", "Read also"),
   * however much plain text each item carries around its link.
   */
  private static Set<Element> linkLists(Set<Element> article, Map<Element, Stats> stats) {
    Set<Element> lists = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element container : article) {
      for (Element list : container.select("ul, ol")) {
        List<Element> items = list.children().stream().filter(e -> e.normalName().equals("li")).toList();
        Stats own = stats.get(list);
        if (items.size() >= LINK_LIST_ITEMS && own != null && own.linkDensity() >= LINK_LIST_DENSITY
            && items.stream().allMatch(item -> item.selectFirst("a[href]") != null)) {
          lists.add(list);
        }
      }
    }
    return lists;
  }

  private static boolean keep(Block block, Map<Element, Stats> stats) {
    if (block.owner().normalName().equals("h1") || isCaption(block, stats)) {
      return false;
    }
    return block.linkDensity() <= MAX_LINK_DENSITY || isLinkedProse(block);
  }

  /** A caption is short. */
  static final int MAX_CAPTION_CHARS = 200;

  /**
   * An image's caption written as an emphasised line right under the image, the way editors do
   * it without {@code <figcaption>}: a short element all in italics whose previous sibling (empty
   * ones skipped) holds an image.
   */
  private static boolean isCaption(Block block, Map<Element, Stats> stats) {
    Element owner = block.owner();
    Stats own = stats.get(owner);
    if (block.chars() > MAX_CAPTION_CHARS || block.emphasisChars() < 0.9 * block.chars()
        || own == null || own.chars != block.chars()) {
      return false;
    }
    Element previous = owner.previousElementSibling();
    for (int skipped = 0; previous != null && skipped < 2; skipped++, previous = previous.previousElementSibling()) {
      if (holdsImage(previous)) {
        return true;
      }
      Stats before = stats.get(previous);
      if (before != null && before.chars > 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean holdsImage(Element element) {
    String tag = element.normalName();
    return tag.equals("img") || tag.equals("picture") || element.selectFirst("img, picture") != null;
  }

  /**
   * A sentence whose words are mostly links ("Monday's deals include <a>various models from
   * $700</a>. You'll also find <a>...</a>.") is still prose: long, with text between the links,
   * and ending as a sentence does. Link lists and teasers are short or end without punctuation.
   */
  private static boolean isLinkedProse(Block block) {
    String text = block.text().strip();
    return block.chars() >= PROSE_CHARS
        && block.chars() - block.linkChars() >= MIN_SCORED_CHARS
        && !text.isEmpty() && ".!?\"”'’)".indexOf(text.charAt(text.length() - 1)) >= 0;
  }
}
