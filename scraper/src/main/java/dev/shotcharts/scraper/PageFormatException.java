package dev.shotcharts.scraper;

/** A page that does not have the structure the scraper relies on; names the page and the gap. */
public class PageFormatException extends RuntimeException {
  public PageFormatException(String url, String problem) {
    super(url + ": " + problem);
  }
}
