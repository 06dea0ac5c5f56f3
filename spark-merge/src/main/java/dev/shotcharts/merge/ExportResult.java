package dev.shotcharts.merge;

import java.util.List;

/** What one export wrote: the rows of the legacy CSV archives, and their keys in the lake. */
public record ExportResult(long rows, List<String> archives) {}
