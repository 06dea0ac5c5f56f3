package dev.shotcharts.transform;

import dev.shotcharts.model.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Builds the dead letter of a record that could not be curated: reason plus original bytes. Its
 * size is bounded by the record's: the reason and the key text are cut to a bound, and the value is
 * kept whole as UTF-8 (JSON escaping at most doubles it) or base64 (4/3), so any record that fits
 * {@code shot_charts} fits {@code shot_charts_dlq} (see {@code Topics.DEAD_LETTERS_MAX_BYTES}).
 */
public final class DeadLetters {
  public static final int MAX_ERROR_LENGTH = 1_000;
  public static final int MAX_KEY_LENGTH = 256;

  private DeadLetters() {}

  public static DeadLetter of(
      Exception error,
      String topic,
      int partition,
      long offset,
      byte[] key,
      byte[] value,
      Instant at) {
    String[] encoded = encode(value);
    return new DeadLetter(
        cut(String.valueOf(error.getMessage()), MAX_ERROR_LENGTH),
        error.getClass().getName(),
        topic,
        partition,
        offset,
        key == null ? null : cut(new String(key, StandardCharsets.UTF_8), MAX_KEY_LENGTH),
        encoded[1],
        encoded[0],
        at.toString(),
        null,
        null,
        null);
  }

  private static String cut(String text, int max) {
    return text.length() <= max
        ? text
        : text.substring(0, max) + "… (" + (text.length() - max) + " more characters)";
  }

  /**
   * {encoding, text}: UTF-8 when the bytes are valid UTF-8 without control characters (which JSON
   * would escape to six bytes each), base64 otherwise.
   */
  private static String[] encode(byte[] value) {
    if (value == null) {
      return new String[] {"utf-8", null};
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(value))
              .toString();
      return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          ? base64(value)
          : new String[] {"utf-8", text};
    } catch (CharacterCodingException e) {
      return base64(value);
    }
  }

  private static String[] base64(byte[] value) {
    return new String[] {"base64", Base64.getEncoder().encodeToString(value)};
  }
}
