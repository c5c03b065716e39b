package io.daybrief.pipeline;

/**
 * Every option of the daybrief job, composed from one small interface per topic; runner options
 * (Direct, Flink) come on top. {@code --help} lists the topics in the order they are extended here.
 */
public interface SummarizeOptions
    extends InputOptions,
        DateOptions,
        ArchiveStateOptions,
        SummaryOptions,
        DedupeOptions,
        OutputOptions,
        StreamingWatchOptions,
        FlinkJobOptions {}
