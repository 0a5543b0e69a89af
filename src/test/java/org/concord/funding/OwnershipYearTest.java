package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OwnershipYearTest {

    private static OwnershipYear year(String external, String national, String largest) {
        return new OwnershipYear(2027, "EUR", new BigDecimal(external), new BigDecimal(national), 7L, "Donor",
                new BigDecimal(largest));
    }

    @Test
    void sharesAreTheExternalAndNationalPartsOfTheTotal() {
        OwnershipYear point = year("750000", "250000", "500000");
        assertThat(point.total()).isEqualByComparingTo("1000000");
        assertThat(point.externalShare()).isEqualByComparingTo("0.75");
        assertThat(point.nationalShare()).isEqualByComparingTo("0.25");
    }

    @Test
    void theTwoSharesAddUpToOneEvenWhenRounded() {
        OwnershipYear point = year("1", "2", "1");
        assertThat(point.externalShare()).isEqualByComparingTo("0.3333");
        assertThat(point.externalShare().add(point.nationalShare())).isEqualByComparingTo("1");
    }

    @Test
    void aYearWithoutFundingHasNoShares() {
        OwnershipYear point = year("0", "0", "0");
        assertThat(point.externalShare()).isNull();
        assertThat(point.nationalShare()).isNull();
        assertThat(point.dependsOnOneDonor()).isFalse();
    }

    @Test
    void oneDonorGivingMoreThanHalfOfTheExternalFundingIsFlagged() {
        assertThat(year("1000", "0", "501").dependsOnOneDonor()).isTrue();
        assertThat(year("1000", "0", "501").largestDonorShare()).isEqualByComparingTo("0.501");
        assertThat(year("1000", "0", "500").dependsOnOneDonor()).as("exactly half is not more than half").isFalse();
        assertThat(year("0", "1000", "0").dependsOnOneDonor()).as("no external funding, no donor").isFalse();
    }
}
