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

  @Test
  void equallyLongAllowAndDisallowAllowAndAnEmptyDisallowBlocksNothing() {
    RobotsTxt rules =
        RobotsTxt.parse(
            """
            User-agent: *
            Disallow: /a
            Allow: /a
            Disallow:
            Disallow: /b/
            Crawl-delay: soon
            no colon on this line
            """,
            "x");
    assertThat(rules.allows("/a/1.html")).as("the same length: allow wins").isTrue();
    assertThat(RobotsTxt.parse("User-agent: *\nAllow: /a\nDisallow: /a\n", "x").allows("/a"))
        .as("in either order")
        .isTrue();
    assertThat(rules.allows("/b/1.html")).isFalse();
    assertThat(rules.allows("/c")).isTrue();
    assertThat(rules.crawlDelay()).as("a malformed delay is no delay").isEmpty();
  }

  @Test
  void aLongerAllowInsideADisallowedFolderWinsOnlyForItsOwnPrefix() {
    RobotsTxt rules = RobotsTxt.parse("User-agent: *\nAllow: /x/open\nDisallow: /x/\n", "x");
    assertThat(rules.allows("/x/open/1")).isTrue();
    assertThat(rules.allows("/x/closed")).isFalse();
  }

  @Test
  void rulesBeforeAnyUserAgentBelongToNoGroup() {
    RobotsTxt rules = RobotsTxt.parse("Disallow: /\nUser-agent: other\nDisallow: /\n", "x");
    assertThat(rules.allows("/anything")).isTrue();
  }
}
