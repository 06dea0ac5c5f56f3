package dev.shotcharts.scraper;

/**
 * The site said stop (403, or 429 with a long or missing Retry-After): the run must end now, not
 * retry, or the client ends up in the site's "jail".
 */
public class SiteBlockedException extends RuntimeException {
  public SiteBlockedException(String message) {
    super(message);
  }
}
