package dev.shotcharts.scraper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {
  static final String ROBOTS =
      """
      # comments are ignored
      User-agent: *
      Disallow: /private/
      Allow: /private/ok.html
      Crawl-delay: 3

      User-agent: shotcharts-scraper
      User-agent: another
      Disallow: /boxscores/
      Crawl-delay: 6
      """;

  @Test
  void ourOwnGroupWinsOverTheWildcard() {
    RobotsTxt rules = RobotsTxt.parse(ROBOTS, "shotcharts-scraper/0.1 (+https://x)");
    assertThat(rules.allows("/boxscores/shot-chart/1.html")).isFalse();
    assertThat(rules.allows("/private/x.html")).isTrue();
    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(6));
  }

  @Test
  void otherAgentsFollowTheWildcardAndTheLongestMatchDecides() {
    RobotsTxt rules = RobotsTxt.parse(ROBOTS, "somebot/1.0");
    assertThat(rules.allows("/private/x.html")).isFalse();
    assertThat(rules.allows("/private/ok.html")).isTrue();
    assertThat(rules.allows("/boxscores/1.html")).isTrue();
    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(3));
  }

  @Test
  void noRulesAllowEverything() {
    assertThat(RobotsTxt.parse("", "x").allows("/anything")).isTrue();
    assertThat(RobotsTxt.allowAll().crawlDelay()).isEmpty();
  }
}
