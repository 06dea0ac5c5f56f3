package dev.shotcharts.bench;

/**
 * A shot-chart page of a real game's size: the page furniture of Basketball-Reference around two
 * charts of {@code perTeam} markers each, the second inside an HTML comment as the site ships it.
 */
final class RealisticPage {
  private RealisticPage() {}

  static String build(int perTeam) {
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>New York Knicks"
                + " vs Boston Celtics Shot Chart</title></head><body><div id=\"content\">");
    // Navigation and tables around the charts: a real page is mostly not markers.
    for (int i = 0; i < 200; i++) {
      page.append("<div class=\"nav\"><a href=\"/teams/BOS/2025.html\">Link ")
          .append(i)
          .append("</a></div>");
    }
    chart(page, "BOS", "Boston", perTeam);
    page.append("<div class=\"placeholder\"></div><!--\n");
    chart(page, "NYK", "New York", perTeam);
    page.append("\n--></div></body></html>");
    return page.toString();
  }

  private static void chart(StringBuilder page, String team, String name, int markers) {
    page.append("<div class=\"shot-area\" id=\"shots-").append(team).append("\">");
    page.append("<img src=\"court.png\" width=\"500\" height=\"472\">");
    for (int i = 0; i < markers; i++) {
      boolean made = i % 2 == 0;
      page.append("<div style=\"top:")
          .append(50 + i % 400)
          .append("px;left:")
          .append(20 + (i * 37) % 460)
          .append("px;\" tip=\"")
          .append(1 + i / 25)
          .append(i / 25 == 0 ? "st" : i / 25 == 1 ? "nd" : i / 25 == 2 ? "rd" : "th")
          .append(" quarter, ")
          .append(11 - i % 12)
          .append(":0")
          .append(i % 10)
          .append(".0 remaining<br>Kristaps Porziņģis ")
          .append(made ? "made" : "missed")
          .append(" 2-pointer from ")
          .append(i % 25)
          .append(" ft<br>")
          .append(name)
          .append(made ? " now leads " : " leads ")
          .append(60 + i)
          .append('-')
          .append(50 + i)
          .append("\" class=\"tooltip q-")
          .append(1 + i / 25)
          .append(" p-porzikr01 ")
          .append(made ? "make" : "miss")
          .append("\">&#9679;</div>");
    }
    page.append("</div>");
  }
}
