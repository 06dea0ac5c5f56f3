package dev.shotcharts.scraper;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the played games of a season in a date range with the fewest requests: the season page
 * names its monthly schedule pages, and only the months that overlap the range are fetched.
 */
public final class SeasonSchedule {
  private static final Pattern MONTH_PAGE =
      Pattern.compile("/leagues/NBA_(\\d{4})_games-([a-z]+)(?:-(\\d{4}))?\\.html");

  private final SiteClient site;
  private final ScheduleParser parser = new ScheduleParser();

  public SeasonSchedule(SiteClient site) {
    this.site = site;
  }

  public List<ScheduledGame> games(int season, LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    String indexPath = "/leagues/NBA_" + season + "_games.html";
    SiteClient.Page indexPage = site.fetch(indexPath);
    if (indexPage == null) {
      throw new PageFormatException(indexPath, "no schedule for season " + season + " (404)");
    }
    List<ScheduledGame> games = new ArrayList<>();
    for (String monthPath : monthPages(indexPage.document(), season, from, to)) {
      SiteClient.Page page = site.fetch(monthPath);
      if (page == null) {
        continue; // a month without games
      }
      for (ScheduledGame game : parser.parse(page.document(), season)) {
        if (!game.date().isBefore(from) && !game.date().isAfter(to)) {
          games.add(game);
        }
      }
    }
    return games;
  }

  static List<String> monthPages(Document index, int season, LocalDate from, LocalDate to) {
    Set<String> pages = new LinkedHashSet<>();
    boolean anyMonth = false;
    for (Element link : HtmlComments.selectIncludingComments(index, "div.filter a[href]")) {
      Matcher m = MONTH_PAGE.matcher(link.attr("href"));
      if (!m.find() || Integer.parseInt(m.group(1)) != season) {
        continue;
      }
      anyMonth = true;
      Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      int year =
          m.group(3) != null
              ? Integer.parseInt(m.group(3))
              : month.getValue() >= Month.AUGUST.getValue() ? season - 1 : season;
      YearMonth ym = YearMonth.of(year, month);
      if (!ym.atEndOfMonth().isBefore(from) && !ym.atDay(1).isAfter(to)) {
        pages.add(m.group());
      }
    }
    if (!anyMonth) {
      throw new PageFormatException(index.location(), "no monthly schedule links in div.filter");
    }
    return new ArrayList<>(pages);
  }
}
