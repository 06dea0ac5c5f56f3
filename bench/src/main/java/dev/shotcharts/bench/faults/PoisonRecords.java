package dev.shotcharts.bench.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shotcharts.model.RawShot;
import dev.shotcharts.model.RecordJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One record of every kind the raw contract rejects, each made from a valid shot with a sequence
 * number no valid record has, so that one curated by mistake shows up in the lake.
 */
final class PoisonRecords {
  /** A record to send: its key (may be null) and value bytes. */
  record Poison(String kind, byte[] key, byte[] value) {}

  private PoisonRecords() {}

  static Map<String, Poison> of(RawShot valid) {
    Map<String, Poison> all = new LinkedHashMap<>();
    byte[] key = valid.gameId().getBytes(StandardCharsets.UTF_8);
    add(
        all,
        "not JSON",
        key,
        "{\"schema_version\":1,\"game_id\":".getBytes(StandardCharsets.UTF_8));
    add(all, "not an object", key, "[1,2,3]".getBytes(StandardCharsets.UTF_8));
    add(all, "invalid UTF-8", key, new byte[] {(byte) 0xc3, (byte) 0x28, 0x7b});
    edit(all, "unknown schema version", key, valid, j -> j.put("schema_version", 99));
    edit(all, "missing field", key, valid, j -> j.remove("game_id"));
    edit(all, "string seq", key, valid, j -> j.put("seq", "7"));
    edit(all, "negative seq", key, valid, j -> j.put("seq", -1));
    edit(all, "game id of another date", key, valid, j -> j.put("game_date", "2024-11-30"));
    edit(all, "season without the date", key, valid, j -> j.put("season", 2019));
    edit(all, "home team is away team", key, valid, j -> j.put("away_team", valid.homeTeam()));
    edit(all, "result neither make nor miss", key, valid, j -> j.put("result", "swish"));
    edit(all, "tooltip not understood", key, valid, j -> j.put("tip", "no tooltip here"));
    edit(
        all,
        "key is not the game id",
        "202410220XXX".getBytes(StandardCharsets.UTF_8),
        valid,
        j -> {});
    edit(all, "null key", null, valid, j -> {});
    return all;
  }

  private static void add(Map<String, Poison> all, String kind, byte[] key, byte[] value) {
    all.put(kind, new Poison(kind, key, value));
  }

  private static void edit(
      Map<String, Poison> all,
      String kind,
      byte[] key,
      RawShot valid,
      Consumer<ObjectNode> change) {
    ObjectNode json = RecordJson.mapper().valueToTree(valid);
    json.put("seq", 900_000 + all.size()); // unlike any valid record's
    change.accept(json);
    add(all, kind, key, json.toString().getBytes(StandardCharsets.UTF_8));
  }
}
