package dev.shotcharts.scraper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of a robots.txt for one user agent: the group naming our agent's product token, else
 * the {@code *} group. The longest matching Allow/Disallow prefix decides; Allow wins a tie.
 */
public final class RobotsTxt {
  private record Rule(String prefix, boolean allow) {}

  private final List<Rule> rules;
  private final Duration crawlDelay;

  private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
    this.rules = rules;
    this.crawlDelay = crawlDelay;
  }

  public static RobotsTxt allowAll() {
    return new RobotsTxt(List.of(), null);
  }

  public static RobotsTxt parse(String text, String userAgent) {
    String token = userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
    List<Group> groups = new ArrayList<>();
    Group current = null;
    boolean lastWasAgent = false;
    for (String raw : text.split("\r?\n")) {
      String line = raw.replaceAll("#.*", "").trim();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (field.equals("user-agent")) {
        if (current == null || !lastWasAgent) {
          current = new Group();
          groups.add(current);
        }
        current.agents.add(value.toLowerCase(Locale.ROOT));
        lastWasAgent = true;
        continue;
      }
      lastWasAgent = false;
      if (current == null) {
        continue;
      }
      switch (field) {
        case "disallow" -> {
          if (!value.isEmpty()) {
            current.rules.add(new Rule(value, false));
          }
        }
        case "allow" -> current.rules.add(new Rule(value, true));
        case "crawl-delay" -> {
          try {
            current.crawlDelay = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
          } catch (NumberFormatException ignored) {
            // a malformed delay is no delay
          }
        }
        default -> {}
      }
    }
    Group chosen =
        groups.stream()
            .filter(g -> g.agents.stream().anyMatch(a -> !a.equals("*") && token.contains(a)))
            .findFirst()
            .or(() -> groups.stream().filter(g -> g.agents.contains("*")).findFirst())
            .orElse(new Group());
    return new RobotsTxt(List.copyOf(chosen.rules), chosen.crawlDelay);
  }

  public boolean allows(String path) {
    Rule best = null;
    for (Rule rule : rules) {
      if (path.startsWith(rule.prefix())
          && (best == null
              || rule.prefix().length() > best.prefix().length()
              || (rule.prefix().length() == best.prefix().length() && rule.allow()))) {
        best = rule;
      }
    }
    return best == null || best.allow();
  }

  public Optional<Duration> crawlDelay() {
    return Optional.ofNullable(crawlDelay);
  }

  private static final class Group {
    final List<String> agents = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    Duration crawlDelay;
  }
}
