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

  /** The played games of the season from {@code from} to {@code to}. */
  public List<ScheduledGame> games(int season, LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    return read(season, from, to).played();
  }

  /** The played and the not yet played games of the season from {@code from} to {@code to}. */
  public ScheduleParser.Rows read(int season, LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    return readMonths(monthPaths(season, from, to), season, from, to).rows();
  }

  /** The monthly schedule pages of the season that overlap the range, from the season page. */
  public List<String> monthPaths(int season, LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    String indexPath = "/leagues/NBA_" + season + "_games.html";
    SiteClient.Page indexPage = site.fetch(indexPath);
    if (indexPage == null) {
      throw new PageFormatException(indexPath, "no schedule for season " + season + " (404)");
    }
    return monthPages(indexPage.document(), season, from, to);
  }

  /** The games of some monthly pages, and whether every page was unchanged since the last read. */
  public record Read(ScheduleParser.Rows rows, boolean unchanged) {}

  /** Reads the given monthly pages (conditionally, through the site's page cache if any). */
  public Read readMonths(List<String> monthPaths, int season, LocalDate from, LocalDate to)
      throws IOException, InterruptedException {
    List<ScheduledGame> played = new ArrayList<>();
    List<ScheduledGame> upcoming = new ArrayList<>();
    boolean unchanged = true;
    for (String monthPath : monthPaths) {
      SiteClient.Page page = site.fetch(monthPath);
      if (page == null) {
        continue; // a month without games
      }
      unchanged &= page.fromCache();
      ScheduleParser.Rows rows = parser.rows(page.document(), season);
      played.addAll(within(rows.played(), from, to));
      upcoming.addAll(within(rows.upcoming(), from, to));
    }
    return new Read(new ScheduleParser.Rows(played, upcoming), unchanged);
  }

  private static List<ScheduledGame> within(
      List<ScheduledGame> games, LocalDate from, LocalDate to) {
    return games.stream().filter(g -> !g.date().isBefore(from) && !g.date().isAfter(to)).toList();
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
