package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.projects.internal.iati.SampleActivities.bd;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.concord.projects.internal.iati.IatiActivity.Location;
import org.concord.projects.internal.iati.IatiActivity.Narrative;

class GeoJsonWriterTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void onePointPerLocatedPlaceInLongitudeLatitudeOrder() throws IOException {
        List<IatiActivity> activities = new ArrayList<>(SampleActivities.rich());
        activities.add(SampleActivities.minimal());
        JsonNode collection = json.readTree(write(activities));

        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode features = collection.get("features");
        // Kyiv, Chișinău, Freetown, Sarajevo; Monrovia has no coordinates, the minimal activity no locations.
        assertThat(features).hasSize(4);
        assertThat(features.findValuesAsString("locationName"))
                .containsExactly("Kyiv", "Chișinău", "Freetown", "Sarajevo");

        JsonNode kyiv = features.get(0);
        assertThat(kyiv.get("type").asString()).isEqualTo("Feature");
        assertThat(kyiv.at("/geometry/type").asString()).isEqualTo("Point");
        assertThat(kyiv.at("/geometry/coordinates/0").decimalValue()).isEqualByComparingTo("30.5234");
        assertThat(kyiv.at("/geometry/coordinates/1").decimalValue()).isEqualByComparingTo("50.4501");
        assertThat(kyiv.at("/properties/iatiIdentifier").asString()).isEqualTo("XM-DAC-41114-SSR-UA-001");
        assertThat(kyiv.at("/properties/title").asString()).isEqualTo("Support to police reform in Ukraine");
        assertThat(kyiv.at("/properties/reportingOrg").asString()).isEqualTo("United Nations Development Programme");

        JsonNode freetown = features.get(2);
        assertThat(freetown.at("/geometry/coordinates/0").decimalValue()).isEqualByComparingTo("-13.2344");
        assertThat(freetown.at("/geometry/coordinates/1").decimalValue()).isEqualByComparingTo("8.4844");
        // The title in the activity's own language.
        assertThat(features.get(3).at("/properties/title").asString())
                .isEqualTo("Parlamentarisk tillsyn över säkerhetssektorn");
    }

    @Test
    void noLocatedActivitiesGiveAnEmptyCollection() throws IOException {
        JsonNode collection = json.readTree(write(List.of(SampleActivities.minimal())));

        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features").isArray()).isTrue();
        assertThat(collection.get("features")).isEmpty();
    }

    @Test
    void coordinatesOutsideTheEarthAreLeftOffTheMap() throws IOException {
        IatiActivity a = SampleActivities.minimal();
        IatiActivity swapped = new IatiActivity(a.identifier(), a.defaultCurrency(), a.defaultLanguage(),
                a.hierarchy(), a.humanitarian(), a.lastUpdated(), a.reportingOrg(), a.titles(), a.descriptions(),
                a.participants(), a.status(), a.dates(), a.countries(), a.regions(),
                List.of(new Location("SWAPPED", "Juba", null, bd("31.5825"), bd("4.8594")),
                        new Location("WRONG", "Juba", null, bd("131.5825"), bd("4.8594")),
                        new Location("EDGE", "Pole", null, bd("-90"), bd("180"))),
                a.sectors(), a.policyMarkers(), a.collaborationType(), a.defaultFlowType(),
                a.defaultFinanceType(), a.defaultAidType(), a.defaultTiedStatus(), a.activityScope(), a.budgets(),
                a.transactions(), a.documents(), a.relatedActivities(), a.results());
        JsonNode features = json.readTree(write(List.of(swapped))).get("features");

        // A swapped pair that still lies on the earth cannot be told apart; a latitude beyond ±90 can.
        assertThat(features).hasSize(2);
        assertThat(features.get(1).at("/geometry/coordinates/0").decimalValue()).isEqualByComparingTo("180");
    }

    @Test
    void textIsEscapedIntoValidJson() throws IOException {
        String title = "Police \"reform\"\n</script><script>alert(1)</script>\\ \u0001";
        IatiActivity activity = SampleActivities.withTitles(SampleActivities.policeReformUkraine(),
                List.of(new Narrative(null, title)));
        JsonNode features = json.readTree(write(List.of(activity))).get("features");

        assertThat(features.get(0).at("/properties/title").asString()).isEqualTo(title);
    }

    @Test
    void theCallersWriterIsFlushedNotClosed() throws IOException {
        StringWriter target = new StringWriter();
        boolean[] closed = {false};
        FilterWriter out = new FilterWriter(target) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new GeoJsonWriter().write(SampleActivities.rich(), out);

        assertThat(closed[0]).isFalse();
        assertThat(json.readTree(target.toString()).get("features")).hasSize(4);
    }

    private static String write(List<IatiActivity> activities) throws IOException {
        StringWriter out = new StringWriter();
        new GeoJsonWriter().write(activities, out);
        return out.toString();
    }
}
