package io.daybrief.bench;

import java.util.List;

/**
 * One generated article.
 *
 * @param lines the body, one paragraph or boilerplate line each, in page order
 */
record Article(String id, String date, String title, List<String> lines) {}
