package org.concord.projects.internal.iati;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

import org.concord.projects.internal.iati.IatiActivity.Location;

/**
 * Writes where activities take place as a GeoJSON (RFC 7946) FeatureCollection: one Point feature per location
 * that has coordinates, with the activity's identifier, title and reporting organisation, for the portal's map
 * and for GIS tools. Streamed, like the other exports, so a whole country's activities never sit in memory.
 *
 * <p>Coordinates are written [longitude, latitude], GeoJSON's order (IATI's own point gives latitude first).
 * A location outside WGS 84's range (latitude beyond ±90, longitude beyond ±180, usually the two swapped at
 * entry) is left out: drawn, it would put an activity in the wrong place.
 */
public final class GeoJsonWriter {

    // The caller owns the writer: closing the generator must not close it.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public void write(Iterable<IatiActivity> activities, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeArrayPropertyStart("features");
            for (IatiActivity activity : activities) {
                for (Location location : activity.locations()) {
                    if (drawable(location)) {
                        feature(json, activity, location);
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static void feature(JsonGenerator json, IatiActivity activity, Location location) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeObjectPropertyStart("geometry");
        json.writeStringProperty("type", "Point");
        json.writeArrayPropertyStart("coordinates");
        // Plain notation: BigDecimal's toString could give 1E+1, which JSON allows but not every map library reads.
        json.writeNumber(location.longitude().toPlainString());
        json.writeNumber(location.latitude().toPlainString());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectPropertyStart("properties");
        json.writeStringProperty("iatiIdentifier", activity.identifier());
        json.writeStringProperty("title", activity.titles().isEmpty() ? null
                : activity.title(activity.defaultLanguage() == null ? "" : activity.defaultLanguage()));
        json.writeStringProperty("locationName", location.name());
        json.writeStringProperty("reportingOrg", activity.reportingOrg() == null ? null
                : activity.reportingOrg().name() != null ? activity.reportingOrg().name() : activity.reportingOrg().ref());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static boolean drawable(Location l) {
        return l.latitude() != null && l.longitude() != null
                && l.latitude().abs().compareTo(MAX_LATITUDE) <= 0
                && l.longitude().abs().compareTo(MAX_LONGITUDE) <= 0;
    }
}
