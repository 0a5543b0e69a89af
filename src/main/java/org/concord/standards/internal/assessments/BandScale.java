package org.concord.standards.internal.assessments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bands a score on 0-100 falls in, each named with the lowest whole score it takes (default A 83, B 67, C 50,
 * D 33, E 17, F 0). The rule at the edges: a score is first rounded half up to a whole number, then placed in the
 * band with the highest lower bound not above it; so 82.5 becomes 83 and is an A, 82.49 becomes 82 and is a B.
 */
public record BandScale(List<Band> bands) {

    public record Band(String name, int lowest) {
    }

    public static final BandScale DEFAULT = parse("A:83,B:67,C:50,D:33,E:17,F:0");

    public BandScale {
        bands = new ArrayList<>(bands);
        bands.sort(Comparator.comparingInt(Band::lowest).reversed());
        if (bands.isEmpty() || bands.get(bands.size() - 1).lowest() != 0) {
            throw new IllegalArgumentException("the lowest band must start at 0");
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            if (band.lowest() < 0 || band.lowest() > 100 || band.name() == null || band.name().isBlank()) {
                throw new IllegalArgumentException("a band needs a name and a lower bound in 0-100: " + band);
            }
            if (i > 0 && bands.get(i - 1).lowest() == band.lowest()) {
                throw new IllegalArgumentException("two bands start at " + band.lowest());
            }
        }
        bands = List.copyOf(bands);
    }

    /** Reads "A:83,B:67,...": each band's name and lowest whole score. */
    public static BandScale parse(String text) {
        List<Band> bands = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] nameAndLowest = part.trim().split(":");
            if (nameAndLowest.length != 2) {
                throw new IllegalArgumentException("a band is written NAME:LOWEST, not " + part);
            }
            bands.add(new Band(nameAndLowest[0].trim(), Integer.parseInt(nameAndLowest[1].trim())));
        }
        return new BandScale(bands);
    }

    /** The whole number a score is banded by: rounded half up. */
    public static int rounded(BigDecimal score) {
        return score.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    public String bandOf(BigDecimal score) {
        return bandOf(rounded(score));
    }

    public String bandOf(int wholeScore) {
        if (wholeScore < 0 || wholeScore > 100) {
            throw new IllegalArgumentException("a score is on 0-100: " + wholeScore);
        }
        return bands.stream().filter(b -> wholeScore >= b.lowest()).findFirst().orElseThrow().name();
    }

    /** The highest whole score of a band (the next band's lowest minus one, or 100). */
    public int highest(Band band) {
        int i = bands.indexOf(band);
        return i == 0 ? 100 : bands.get(i - 1).lowest() - 1;
    }
}
