package io.daybrief.text.warc;

/**
 * A record that could not be used: truncated, corrupt, malformed, or larger than the limit.
 * The reader carries on after it with the next record it can find.
 *
 * @param targetUri the record's WARC-Target-URI when its header could be read, else null
 * @param reason one readable line, for the dead-letter output
 */
public record WarcProblem(long offset, String targetUri, String reason) implements WarcEntry {}
