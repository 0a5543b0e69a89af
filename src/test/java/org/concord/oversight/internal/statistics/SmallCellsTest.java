package org.concord.oversight.internal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.concord.oversight.Figure;
import org.junit.jupiter.api.Test;

/** Small-cell suppression: counts 1-4 never published, and never recomputable from the total and the other cells. */
class SmallCellsTest {

    @Test
    void countsFromOneToFourAreSuppressedZeroAndFiveAreShown() {
        List<Figure> f = SmallCells.table(List.of(0L, 1L, 4L, 5L, 12L), 22);
        assertThat(f).extracting(Figure::value).containsExactly(0L, null, null, 5L, 12L);
        assertThat(f.get(1).suppressed()).isTrue();
        assertThat(SmallCells.total(3)).isEqualTo(Figure.hidden());
        assertThat(SmallCells.total(0)).isEqualTo(Figure.shown(0));
    }

    @Test
    void aLoneSuppressedCellTakesTheSmallestOtherNonZeroCellWithIt() {
        List<Figure> f = SmallCells.table(List.of(3L, 0L, 9L, 7L, 20L), 39);
        assertThat(f).extracting(Figure::value).containsExactly(null, 0L, 9L, null, 20L);
    }

    @Test
    void aSmallTotalHidesTheWholeTable() {
        List<Figure> f = SmallCells.table(List.of(3L, 0L), 3);
        assertThat(f).allMatch(Figure::suppressed);
    }

    @Test
    void noSuppressedCellCanBeRecomputedFromTheTotalAndTheShownCells() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            int n = 1 + random.nextInt(8);
            List<Long> cells = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                cells.add((long) (random.nextInt(3) == 0 ? 0 : random.nextInt(15)));
            }
            long total = cells.stream().mapToLong(Long::longValue).sum();
            List<Figure> f = SmallCells.table(cells, total);
            Figure publishedTotal = SmallCells.total(total);
            for (int i = 0; i < n; i++) {
                if (SmallCells.small(cells.get(i))) {
                    assertThat(f.get(i).suppressed()).as("%s", cells).isTrue();
                }
            }
            if (publishedTotal.suppressed()) {
                assertThat(f).allMatch(Figure::suppressed);
                continue;
            }
            // what a reader can work out: the sum of the suppressed cells
            long hiddenCount = f.stream().filter(Figure::suppressed).count();
            long hiddenSum = total - f.stream().filter(x -> !x.suppressed()).mapToLong(Figure::value).sum();
            boolean anySmall = cells.stream().anyMatch(SmallCells::small);
            if (anySmall) {
                assertThat(hiddenCount).as("%s", cells).isGreaterThanOrEqualTo(2);
                // and the hidden sum is shared between at least two non-zero cells, so no single one is pinned down
                long nonZeroHidden = java.util.stream.IntStream.range(0, n)
                        .filter(i -> f.get(i).suppressed() && cells.get(i) > 0).count();
                assertThat(nonZeroHidden).as("%s", cells).isGreaterThanOrEqualTo(2);
                assertThat(hiddenSum).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void sharesAndMediansNeedPublishedFiguresAndEnoughCases() {
        assertThat(SmallCells.share(Figure.shown(6), Figure.shown(9))).isEqualTo(66.7);
        assertThat(SmallCells.share(Figure.hidden(), Figure.shown(9))).isNull();
        assertThat(SmallCells.share(Figure.shown(0), Figure.shown(9))).isEqualTo(0.0);
        assertThat(SmallCells.share(Figure.shown(0), Figure.shown(0))).isNull();
        assertThat(SmallCells.median(3.25, 4)).isNull();
        assertThat(SmallCells.median(3.25, 5)).isEqualTo(3.3);
    }
}
