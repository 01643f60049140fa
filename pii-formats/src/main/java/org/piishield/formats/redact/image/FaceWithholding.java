package org.piishield.formats.redact.image;

/**
 * A redactable document that can also withhold faces: areas found by looking at the pixels, not by reading text,
 * so they have no offsets and never enter the text or the log.
 *
 * <p>The policy decides: {@code shield redact} calls {@code withholdFaces(label)} when the policy's rule for
 * the entity type {@code FACE} does not keep it (the built-in {@code foia} policy withholds faces under
 * {@code (b)(6)}), before {@code writeRedacted}; afterwards {@link #facesWithheld()} tells how many were covered.
 *
 * <p>Example: {@code if (doc instanceof FaceWithholding f) { f.withholdFaces("(b)(6)"); }
 * doc.writeRedacted(plan, target);} covers every detected face with a box labelled {@code (b)(6)}.
 */
public interface FaceWithholding {

  /** From now on, {@code writeRedacted} also covers every detected face, with {@code label} in the box. */
  void withholdFaces(String label);

  /** The number of faces covered by the last {@code writeRedacted} (0 before it, or when faces were not asked for). */
  int facesWithheld();
}
