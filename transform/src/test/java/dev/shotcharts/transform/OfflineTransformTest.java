package dev.shotcharts.transform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shotcharts.model.CuratedShot;
import dev.shotcharts.model.DeadLetter;
import dev.shotcharts.model.RecordJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineTransformTest {
  @Test
  void everyLineIsCuratedADuplicateOrADeadLetter(@TempDir Path dir) throws Exception {
    String good =
        RecordJson.toJson(
            ShotCuratorTest.raw(
                "NYK",
                "miss",
                6,
                "2nd overtime, 0:00.4 remaining<br>Josh Hart missed 3-pointer from 42 ft<br>New"
                    + " York trails 7-8"));
    Path in = dir.resolve("raw.jsonl");
    String other = good.replace("\"seq\":3", "\"seq\":4");
    Files.write(in, List.of(good, "{broken", "", good, "[1]", other));
    Path out = dir.resolve("curated.jsonl");
    Path dead = dir.resolve("dlq.jsonl");

    OfflineTransform.Summary summary = new OfflineTransform().run(in, out, dead);

    assertThat(summary)
        .as("the blank line is no record")
        .isEqualTo(new OfflineTransform.Summary(6, 2, 1, 2));
    assertThat(Files.readAllLines(out)).as("one JSON object a line").hasSize(2);
    assertThat(Files.readAllLines(dead)).hasSize(2).allMatch(l -> l.startsWith("{"));
    CuratedShot shot = RecordJson.fromJson(Files.readAllLines(out).get(0), CuratedShot.class);
    assertThat(shot.eventId()).isEqualTo("202410220BOS-NYK-3");
    assertThat(shot.zone()).isEqualTo("backcourt");
    DeadLetter letter = RecordJson.fromJson(Files.readAllLines(dead).get(0), DeadLetter.class);
    assertThat(letter.value()).isEqualTo("{broken");
    assertThat(letter.offset()).isEqualTo(2);
    assertThat(letter.topic()).isEqualTo(in.toString());
    assertThat(letter.error()).startsWith("not valid JSON");
  }
}
