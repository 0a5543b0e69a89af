package org.concord.oversight.internal.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.concord.oversight.Figure;

/**
 * Small-cell suppression, so that no reporter can be singled out from published statistics. One rule, applied to
 * every published table (a breakdown of some total: reports by month, category, institution; decisions by outcome;
 * sanctions by type; a country's reports by body):
 *
 * <ol>
 * <li>Primary: a count from 1 to 4 is suppressed ("fewer than 5"); 0 is shown (it singles out nobody).</li>
 * <li>The total: a total from 1 to 4 is suppressed, and then every cell of its table is too (each is at most the
 *     total, so each is 0 or suppressed; zeros are hidden as well, or the one non-zero cell would read as the
 *     total's).</li>
 * <li>Secondary (complementary): when the total is shown and exactly one cell is suppressed, total minus the shown
 *     cells would give it back; so the smallest other non-zero cell is suppressed too. Two or more suppressed cells
 *     only give away their sum, which is at least 2 and tells no one which cell holds what.</li>
 * </ol>
 *
 * Derived figures follow from the same cells: a share (e.g. upheld of decided) is published only when its numerator
 * and denominator are both shown; a median only over at least {@link #THRESHOLD} cases.
 */
public final class SmallCells {

    /** Counts below this (and above 0) are not published. */
    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    public static Figure total(long total) {
        return small(total) ? Figure.hidden() : Figure.shown(total);
    }

    /** The published cells of a table whose cells add up to {@code total}, in the order given. */
    public static List<Figure> table(List<Long> cells, long total) {
        if (small(total)) {
            return cells.stream().map(c -> Figure.hidden()).toList();
        }
        boolean[] hide = new boolean[cells.size()];
        int hidden = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (small(cells.get(i))) {
                hide[i] = true;
                hidden++;
            }
        }
        if (hidden == 1) {
            IntStream.range(0, cells.size()).filter(i -> !hide[i] && cells.get(i) > 0).boxed()
                    .min(Comparator.comparingLong(cells::get)).ifPresent(i -> hide[i] = true);
        }
        List<Figure> figures = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            figures.add(hide[i] ? Figure.hidden() : Figure.shown(cells.get(i)));
        }
        return figures;
    }

    /**
     * Cells each of which is also published on its own elsewhere (a country's bodies, each with its statistics page):
     * a complementary cell would not hide anything, so the total is withheld instead whenever a cell is suppressed.
     * Returns the cells, then the total as the last element.
     */
    public static List<Figure> tableWithOwnTotal(List<Long> cells) {
        List<Figure> figures = new ArrayList<>(cells.stream().map(SmallCells::total).toList());
        long sum = cells.stream().mapToLong(Long::longValue).sum();
        figures.add(figures.stream().anyMatch(Figure::suppressed) ? Figure.hidden() : total(sum));
        return figures;
    }

    /** {@code part} of {@code whole} in percent (one decimal), or null when either is not published. */
    public static Double share(Figure part, Figure whole) {
        if (part.suppressed() || whole.suppressed() || whole.value() == null || whole.value() == 0) {
            return null;
        }
        return Math.round(part.value() * 1000.0 / whole.value()) / 10.0;
    }

    /** A median of durations over {@code cases} cases, or null below the threshold. */
    public static Double median(Double median, long cases) {
        return cases < THRESHOLD || median == null ? null : Math.round(median * 10.0) / 10.0;
    }
}
