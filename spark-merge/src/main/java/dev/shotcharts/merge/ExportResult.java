package dev.shotcharts.merge;

/** What one export wrote: the rows of the season's legacy CSV archive. */
public record ExportResult(long rows) {}
