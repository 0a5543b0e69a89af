package org.concord.standards;

/**
 * One section (risk area) of an assessment: its score on 0-100, rounded half up to a whole number, and the band
 * read from that whole number. {@code name} is in the reader's language (English when not translated).
 */
public record SectionBand(String code, String name, int score, String band) {
}
