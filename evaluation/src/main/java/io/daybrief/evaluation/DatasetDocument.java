package io.daybrief.evaluation;

/**
 * One article of a dataset's {@code docs.jsonl}. The dataset's own type rather than the pipeline's
 * model: the evaluation reads its format directly and must not change when the model does.
 *
 * @param id document id
 * @param date publication date, YYYY-MM-DD
 * @param text the body, paragraphs separated by line breaks
 */
record DatasetDocument(String id, String date, String text) {}
