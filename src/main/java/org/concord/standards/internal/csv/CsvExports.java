package org.concord.standards.internal.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.concord.shared.Language;
import org.concord.standards.IndicatorSummary;
import org.concord.standards.internal.LocalName;
import org.concord.standards.internal.LocalNames;
import org.concord.standards.internal.ReaderScope;
import org.concord.standards.internal.StandardsPermissions;
import org.concord.standards.internal.frameworks.Framework;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.frameworks.Standard;
import org.concord.standards.internal.indicators.Indicator;
import org.concord.standards.internal.indicators.IndicatorQueries;
import org.concord.standards.internal.indicators.IndicatorService;
import org.concord.standards.internal.values.ValueQueries;
import org.concord.standards.internal.values.ValueRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports of what the reader may see: indicators, and values (verified only, unless the reader sees drafts). */
@Service
public class CsvExports {

    private final IndicatorQueries indicatorQueries;
    private final IndicatorService indicators;
    private final FrameworkService frameworks;
    private final ValueQueries values;
    private final StandardsPermissions permissions;

    CsvExports(IndicatorQueries indicatorQueries, IndicatorService indicators, FrameworkService frameworks,
               ValueQueries values, StandardsPermissions permissions) {
        this.indicatorQueries = indicatorQueries;
        this.indicators = indicators;
        this.frameworks = frameworks;
        this.values = values;
        this.permissions = permissions;
    }

    /** {@code codes} empty: every indicator the reader may see. */
    @Transactional(readOnly = true)
    public void indicators(Writer out, List<String> codes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorSummary summary : visible(codes)) {
            Indicator i = indicators.visible(summary.id());
            Standard s = frameworks.standard(i.standardId());
            Framework f = frameworks.visible(s.frameworkId());
            List<String> row = new ArrayList<>(List.of(i.code(), f.code(), LocalNames.pick(f.names(), Locale.ENGLISH).name(),
                    s.code(), LocalNames.pick(s.names(), Locale.ENGLISH).name(), i.unit().name(), i.direction().name(),
                    i.frequency().name(), i.visibility().name(), String.valueOf(i.ownerOrganisationId())));
            row.add(i.dataSource());
            row.add(i.disaggregations().stream().map(Enum::name).collect(Collectors.joining("|")));
            for (Language language : Language.values()) {
                LocalName name = i.names().stream().filter(n -> n.language().equals(language.tag())).findFirst().orElse(null);
                row.add(name == null ? null : name.name());
                row.add(name == null ? null : name.description());
            }
            rows.add(row);
        }
        CsvFiles.write(out, CsvColumns.INDICATORS, rows);
    }

    @Transactional(readOnly = true)
    public void values(Writer out, List<String> codes) throws IOException {
        List<Long> ids = visible(codes).stream().map(IndicatorSummary::id).toList();
        ReaderScope scope = permissions.scope();
        List<List<String>> rows = new ArrayList<>();
        values.forEach(ids, scope, v -> rows.add(row(v)));
        CsvFiles.write(out, CsvColumns.VALUES, rows);
    }

    private List<IndicatorSummary> visible(List<String> codes) {
        List<IndicatorSummary> all = indicatorQueries.all("en", permissions.scope());
        return codes.isEmpty() ? all : all.stream().filter(i -> codes.contains(i.code())).toList();
    }

    private static List<String> row(ValueRow v) {
        List<String> row = new ArrayList<>();
        row.add(v.indicatorCode());
        row.add(v.subject().countryCode());
        row.add(v.subject().organisationId() == null ? null : String.valueOf(v.subject().organisationId()));
        row.add(v.disaggregation());
        row.add(v.period());
        row.add(plain(v.value()));
        row.add(plain(v.standardError()));
        row.add(plain(v.lowerBound()));
        row.add(plain(v.upperBound()));
        row.add(v.status().name());
        row.add(v.evidenceUrl());
        row.add(v.evidenceDocument());
        return row;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
