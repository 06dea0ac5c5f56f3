package dev.shotcharts.merge;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which game dates of a season a week rewrites, and which the new snapshot carries over from the
 * previous one unchanged. A date is rewritten when the week has rows on it, or when it holds a game
 * the week has rows of: an event id names its game, so an older version of a week's event can only
 * sit on a date that holds its game, and no stale row stays behind on a carried date.
 */
record DatePlan(Set<String> rewritten, Map<String, DatePartition> carried) {

  static DatePlan of(Map<String, DatePartition> snapshot, Map<String, DatePartition> week) {
    Set<String> weekGames = new HashSet<>();
    week.values().forEach(p -> weekGames.addAll(p.gameIds()));
    Set<String> rewritten = new TreeSet<>(week.keySet());
    Map<String, DatePartition> carried = new TreeMap<>();
    snapshot.forEach(
        (date, partition) -> {
          if (rewritten.contains(date) || !Collections.disjoint(partition.gameIds(), weekGames)) {
            rewritten.add(date);
          } else {
            carried.put(date, partition);
          }
        });
    return new DatePlan(rewritten, carried);
  }

  /** The previous snapshot's dates the merge reads back: the rewritten ones it holds. */
  Set<String> snapshotDatesToRead(Map<String, DatePartition> snapshot) {
    Set<String> read = new TreeSet<>(rewritten);
    read.retainAll(snapshot.keySet());
    return read;
  }

  static long rows(Map<String, DatePartition> dates) {
    return dates.values().stream().mapToLong(DatePartition::rows).sum();
  }
}
