package dev.shotcharts.pipeline.chart;

/** What a chart needs of a shot: where the marker sits on the page's court, and the outcome. */
public record ChartShot(int xPx, int yPx, boolean made, int shotValue) {}
