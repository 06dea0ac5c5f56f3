package dev.shotcharts.scraper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Basketball-Reference ships some tables inside HTML comments (revealed by script); selects in the
 * page and inside its comments alike.
 */
final class HtmlComments {
  private HtmlComments() {}

  static Elements selectIncludingComments(Document page, String cssQuery) {
    Elements found = new Elements(page.select(cssQuery));
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Comment comment && comment.getData().contains("<")) {
            Element fragment = Jsoup.parseBodyFragment(comment.getData(), page.location()).body();
            found.addAll(fragment.select(cssQuery));
          }
        },
        page);
    return found;
  }
}
