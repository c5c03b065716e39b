package io.daybrief.evaluation;

import java.nio.file.Path;
import java.util.List;

/**
 * One topic directory of a dataset.
 *
 * @param name the directory name
 * @param documents its {@code docs.jsonl}
 * @param tasks one per reference timeline, in file name order
 */
record Topic(String name, Path documents, List<Task> tasks) {}
