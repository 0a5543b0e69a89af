package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The shipped IATI codelists answer what a code means and whether it exists. */
class IatiCodelistsTest {

    private final IatiCodelists codelists = IatiCodelists.standard();

    @Test
    void namesCodesInEnglish() {
        assertThat(codelists.name("Sector", "15210")).hasValue("Security system management and reform");
        assertThat(codelists.name("SectorCategory", "152")).hasValue("Conflict, Peace & Security");
        assertThat(codelists.name("Currency", "EUR")).hasValue("Euro");
        assertThat(codelists.name("TransactionType", "3")).hasValue("Disbursement");
        assertThat(codelists.name("Country", "ZZ")).isEmpty();
    }

    @Test
    void knowsWhichCodesExistIncludingWithdrawnOnes() {
        assertThat(codelists.isValid("Currency", "USD")).isTrue();
        assertThat(codelists.isValid("Currency", "XXY")).isFalse();
        assertThat(codelists.isValid("Currency", "usd")).isFalse(); // codes compare as published
        assertThat(codelists.isValid("Currency", "BYR")).isTrue(); // withdrawn 2018, still in older activities
        assertThat(codelists.name("Currency", "BYR")).hasValue("Belarussian Ruble");
        assertThat(codelists.isValid("Country", "XK")).isTrue();
        assertThat(codelists.isValid("Language", "en")).isTrue();
        assertThat(codelists.codes("Version")).containsExactly("1.01", "1.02", "1.03", "1.04", "1.05", "2.01", "2.02",
                "2.03");
        assertThat(codelists.codes("OrganisationRole")).containsExactly("1", "2", "3", "4");
    }

    @Test
    void everyCodelistTheReaderNeedsIsShipped() {
        for (String list : new String[] {"Currency", "Country", "Region", "RegionVocabulary", "Sector",
                "SectorCategory", "SectorVocabulary", "OrganisationType", "OrganisationRole", "ActivityStatus",
                "ActivityDateType", "TransactionType", "BudgetType", "BudgetStatus", "PolicyMarker",
                "PolicySignificance", "DocumentCategory", "RelatedActivityType", "ResultType", "IndicatorMeasure",
                "Language", "DescriptionType", "CollaborationType", "FlowType", "FinanceType", "AidType",
                "TiedStatus", "ActivityScope", "Version"}) {
            assertThat(codelists.codes(list)).as(list).isNotEmpty();
        }
    }

    @Test
    void anUnknownCodelistIsAMistakeInTheCaller() {
        assertThatThrownBy(() -> codelists.isValid("Currencies", "EUR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Currencies");
        assertThatThrownBy(() -> codelists.codes("../application"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
