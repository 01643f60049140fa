package org.piishield.recognizers.generic;

import java.util.Set;
import org.piishield.detect.ContextSpec;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;

/**
 * Social-media handles: {@code @} followed by 1–30 ASCII letters, digits, underscores or dots, with at least
 * one letter or underscore. Cue: each {@code @} in the text. Immutable and thread-safe.
 *
 * <p>Catches {@code @ana_ruiz} in {@code "follow @ana_ruiz."} as {@code [7, 16)} (a trailing dot is
 * punctuation, not handle). Rejects the {@code @} of an e-mail ({@code ana@example.org}: a letter or digit
 * before the {@code @}), {@code @ 5pm} (nothing glued to the sign), {@code @12} (digits only),
 * {@code @a_handle_of_more_than_thirty_chars}, {@code @user@mastodon.social} (the e-mail recognizer's) and
 * {@code twitter.com/@user} (inside a URL path, left to the URL recognizer).
 *
 * <p>Score 0.3 on its own, so a lone {@code @word} stays below the default threshold; context words
 * ({@code twitter}, {@code x.com}, {@code instagram}, {@code tiktok}, {@code follow}, {@code dm},
 * {@code sígueme}, {@code cuenta}, {@code usuario}, {@code red social} …) add 0.35. Profile URLs are the URL
 * recognizer's.
 */
public final class SocialHandleRecognizer implements Recognizer {

  public static final String NAME = "social_handle";

  /**
   * Context. "handle" is matched only as "my handle" or "handles": alone it is a word of the redaction
   * label {@code [SOCIAL_HANDLE]}, which would lift the next {@code @word} when redacted text is scanned
   * again.
   */
  private static final ContextSpec CONTEXT = ContextSpec.of("twitter", "x.com", "tweet", "tweeted", "instagram",
      "insta", "ig", "tiktok", "facebook", "fb", "telegram", "threads", "mastodon", "bluesky", "youtube",
      "snapchat", "follow", "follows", "followed", "following", "followers", "my handle", "handles",
      "account", "dm", "dms", "profile", "username", "user", "sígueme", "síguenos",
      "seguir", "sigue", "cuenta", "usuario", "perfil", "red social", "redes sociales", "redes")
      .withWindow(8, 4);
  private static final int MAX_LENGTH = 30;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EntityType> entityTypes() {
    return Set.of(EntityType.SOCIAL_HANDLE);
  }

  @Override
  public ContextSpec context() {
    return CONTEXT;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    int n = text.length();
    for (int k = 0; k < ctx.atSignCount(); k++) {
      int at = ctx.atSign(k);
      if (at > 0 && isGlued(text.charAt(at - 1))) {
        continue;
      }
      int i = at + 1;
      boolean letter = false;
      while (i < n && i - at <= MAX_LENGTH + 1 && isHandleChar(text.charAt(i))) {
        char c = text.charAt(i);
        letter |= Chars.isAsciiLetter(c) || c == '_';
        i++;
      }
      int end = i;
      while (end > at + 1 && text.charAt(end - 1) == '.') {
        end--;
      }
      int len = end - at - 1;
      if (len == 0 || len > MAX_LENGTH || !letter || text.charAt(at + 1) == '.') {
        continue;
      }
      if (i < n && (text.charAt(i) == '@' || Chars.isAlnum(text.charAt(i)) || text.charAt(i) == '-')) {
        continue; // "@user@host" is an e-mail or fediverse address; "@josé" would be cut mid-word
      }
      out.add(at, end, EntityType.SOCIAL_HANDLE, 0.3, this, "at_handle", null);
    }
  }

  /** Chars that make the {@code @} part of something else: an e-mail, a URL path, a word. */
  private static boolean isGlued(char c) {
    return Chars.isAlnum(c) || c == '.' || c == '_' || c == '+' || c == '-' || c == '%' || c == '/' || c == '@';
  }

  private static boolean isHandleChar(char c) {
    return Chars.isDigit(c) || Chars.isAsciiLetter(c) || c == '_' || c == '.';
  }
}
