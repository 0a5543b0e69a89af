package org.concord.projects.internal.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.concord.projects.ReformArea;
import org.concord.projects.internal.iati.GeoJsonWriter;
import org.concord.projects.internal.iati.HxlCsvWriter;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiWriter;
import org.concord.projects.internal.reference.ReformAreas;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.projects.internal.DraftVisibility;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activity list as open data: IATI 2.03 XML (valid against the official schema), CSV with HXL hashtags,
 * and GeoJSON of located activities. Same filters as the list; activities are read and written in chunks,
 * so an export of every activity streams rather than filling memory.
 */
@RestController
@Tag(name = "Activities")
class ActivityExports {

    static final int MAX_EXPORT = 200_000;
    private static final int CHUNK = 500;

    private final ActivitySearch search;
    private final ActivityStore store;
    private final ReformAreas areas;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ActivityPermissions permissions;

    ActivityExports(ActivitySearch search, ActivityStore store, ReformAreas areas, TransactionTemplate transactions,
                    Clock clock, ActivityPermissions permissions) {
        this.permissions = permissions;
        this.search = search;
        this.store = store;
        this.areas = areas;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping({"/activities/export.xml", "/api/v1/activities/export.xml"})
    @Operation(summary = "The filtered activity list as IATI 2.03 XML")
    void xml(@Parameter(hidden = true) Filters f, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        attachment(response, "concord-activities.xml");
        new IatiWriter().write(activities(f), response.getOutputStream(), clock.instant());
    }

    @GetMapping({"/activities/export.csv", "/api/v1/activities/export.csv"})
    @Operation(summary = "The filtered activity list as CSV, with HXL hashtags in the second row")
    void csv(@Parameter(hidden = true) Filters f, Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, "concord-activities.csv");
        Map<String, ReformArea> names = areas.byCode(locale);
        ReformAreas.Mapping mapping = areas.mapping();
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new HxlCsvWriter(a -> org.concord.projects.internal.iati.TransactionShares.sectors(a).stream().map(mapping::areaOf).filter(java.util.Objects::nonNull).distinct()
                .map(code -> names.containsKey(code) ? names.get(code).name() : code).toList())
                .write(activities(f), out);
        out.flush();
    }

    @GetMapping({"/activities/export.geojson", "/api/v1/activities/export.geojson"})
    @Operation(summary = "Located activities of the filtered list as GeoJSON points")
    void geojson(@Parameter(hidden = true) Filters f, HttpServletResponse response) throws IOException {
        response.setContentType("application/geo+json;charset=UTF-8");
        attachment(response, "concord-activities.geojson");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new GeoJsonWriter().write(activities(f), out);
        out.flush();
    }

    /** The list's filters as request parameters. */
    record Filters(String country, String region, String area, String funder, String implementer, String status, Integer year,
                   BigDecimal minBudget, BigDecimal maxBudget, String q, String sort) {
        ActivityQuery query() {
            return new ActivityQuery(country, region, area, funder, implementer, status, year, minBudget, maxBudget, q, sort, 0, 1);
        }
    }

    private Iterable<IatiActivity> activities(Filters f) {
        DraftVisibility visibility = permissions.draftVisibility();
        List<Long> ids = transactions.execute(s -> search.ids(f.query(), visibility, MAX_EXPORT));
        return () -> new Iterator<>() {
            int next = 0;
            Iterator<IatiActivity> chunk = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && next < ids.size()) {
                    List<Long> slice = ids.subList(next, Math.min(ids.size(), next + CHUNK));
                    next += slice.size();
                    chunk = transactions.execute(s -> store.loadAll(slice)).iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public IatiActivity next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.next();
            }
        };
    }

    private void attachment(HttpServletResponse response, String name) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name.replace(".", "-" + LocalDate.now(clock) + ".") + "\"");
    }
}
