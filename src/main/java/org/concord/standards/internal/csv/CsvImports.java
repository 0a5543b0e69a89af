package org.concord.standards.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.Language;
import org.concord.shared.NotFoundException;
import org.concord.standards.Direction;
import org.concord.standards.Unit;
import org.concord.standards.internal.NameRow;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkForm;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.frameworks.StandardForm;
import org.concord.standards.internal.indicators.Dimension;
import org.concord.standards.internal.indicators.Frequency;
import org.concord.standards.internal.indicators.Indicator;
import org.concord.standards.internal.indicators.IndicatorForm;
import org.concord.standards.internal.indicators.IndicatorService;
import org.concord.standards.internal.values.ValueForm;
import org.concord.standards.internal.values.ValueService;
import org.concord.standards.internal.values.ValueStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of indicators and values, each file in one transaction: every row goes through the same commands (and
 * permission checks and audit) as a page would; any broken rule rejects the whole file, reported by row (the
 * header is row 1) and column. Re-importing a file changes nothing; a row for the same indicator, subject, period
 * and disaggregation updates that value.
 */
@Service
public class CsvImports {

    /** What an accepted import did. */
    public record Result(int rows) {
    }

    private final FrameworkService frameworks;
    private final IndicatorService indicators;
    private final ValueService values;

    CsvImports(FrameworkService frameworks, IndicatorService indicators, ValueService values) {
        this.frameworks = frameworks;
        this.indicators = indicators;
        this.values = values;
    }

    @Transactional
    public Result indicators(Reader reader) {
        CsvFiles.Table table = read(reader, List.of("code", "framework_code", "standard_code", "unit", "direction", "owner_organisation_id"));
        List<String> languages = java.util.Arrays.stream(Language.values()).map(Language::tag).toList();
        return each(table, languages, (record, errors) -> {
            IndicatorForm form = new IndicatorForm();
            form.setCode(table.cell(record, "code"));
            form.setUnit(parse(table.cell(record, "unit"), "unit", Unit::valueOf, errors));
            form.setDirection(parse(table.cell(record, "direction"), "direction", Direction::valueOf, errors));
            form.setFrequency(orDefault(parse(table.cell(record, "frequency"), "frequency", Frequency::valueOf, errors), Frequency.ANNUAL));
            form.setVisibility(orDefault(parse(table.cell(record, "visibility"), "visibility", Visibility::valueOf, errors), Visibility.PUBLIC));
            form.setOwnerOrganisationId(parse(table.cell(record, "owner_organisation_id"), "owner_organisation_id", Long::valueOf, errors));
            form.setDataSource(table.cell(record, "data_source"));
            Set<Dimension> dimensions = new LinkedHashSet<>();
            String listed = table.cell(record, "disaggregations");
            if (listed != null) {
                for (String d : listed.split("\\|")) {
                    Dimension dimension = parse(d.trim(), "disaggregations", Dimension::valueOf, errors);
                    if (dimension != null) {
                        dimensions.add(dimension);
                    }
                }
            }
            form.setDisaggregations(dimensions);
            List<NameRow> names = new ArrayList<>();
            for (String language : languages) {
                names.add(new NameRow(language, table.cell(record, "name_" + language), table.cell(record, "definition_" + language)));
            }
            form.setNames(names);
            if (form.getCode() == null) {
                errors.add(new FieldError("code", "required"));
            }
            if (!errors.isEmpty() || form.getOwnerOrganisationId() == null) {
                return;
            }
            form.setStandardId(standardOf(table, record, form));
            var existing = indicators.byCode(form.getCode());
            if (existing.isPresent()) {
                indicators.update(existing.get().id(), form);
            } else {
                indicators.create(form);
            }
        });
    }

    /** The standard a row names, made (with its framework) when the file is the first to name it. */
    private long standardOf(CsvFiles.Table table, String[] record, IndicatorForm form) {
        String frameworkCode = table.cell(record, "framework_code");
        String standardCode = table.cell(record, "standard_code");
        long frameworkId = frameworks.byCode(frameworkCode).map(f -> f.id()).orElseGet(() -> {
            FrameworkForm f = new FrameworkForm();
            f.setCode(frameworkCode);
            f.setOwnerOrganisationId(form.getOwnerOrganisationId());
            f.setVisibility(form.getVisibility());
            f.setNames(List.of(new NameRow("en", orDefault(table.cell(record, "framework_name"), frameworkCode), null)));
            return frameworks.create(f);
        });
        return frameworks.standardByCode(frameworkId, standardCode).map(s -> s.id()).orElseGet(() -> {
            StandardForm s = new StandardForm();
            s.setCode(standardCode);
            s.setNames(List.of(new NameRow("en", orDefault(table.cell(record, "standard_name"), standardCode), null)));
            return frameworks.addStandard(frameworkId, s);
        });
    }

    @Transactional
    public Result values(Reader reader) {
        CsvFiles.Table table = read(reader, List.of("indicator_code", "period", "value"));
        return each(table, List.of(), (record, errors) -> {
            String code = table.cell(record, "indicator_code");
            Indicator indicator = code == null ? null : indicators.byCode(code).orElse(null);
            if (indicator == null) {
                errors.add(new FieldError("indicator_code", code == null ? "required" : "standards-unknown-indicator", code));
            }
            ValueForm form = new ValueForm();
            form.setCountryCode(table.cell(record, "country_code"));
            form.setOrganisationId(parse(table.cell(record, "institution_id"), "institution_id", Long::valueOf, errors));
            form.setDisaggregation(table.cell(record, "disaggregation"));
            form.setPeriod(table.cell(record, "period"));
            form.setValue(number(table, record, "value", errors));
            form.setStandardError(number(table, record, "standard_error", errors));
            form.setLowerBound(number(table, record, "lower_bound", errors));
            form.setUpperBound(number(table, record, "upper_bound", errors));
            form.setEvidenceUrl(table.cell(record, "evidence_url"));
            form.setEvidenceDocument(table.cell(record, "evidence_document"));
            ValueStatus wanted = orDefault(parse(table.cell(record, "status"), "status", ValueStatus::valueOf, errors), ValueStatus.DRAFT);
            if (!errors.isEmpty()) {
                return;
            }
            long id = values.enter(indicator.id(), form);
            ValueStatus status = values.row(id).status();
            if (wanted != ValueStatus.DRAFT && status == ValueStatus.DRAFT) {
                values.submit(id, null);
                status = ValueStatus.SUBMITTED;
            }
            // four eyes: a value the importer entered or submitted waits, submitted, for another evaluator
            if (wanted == ValueStatus.VERIFIED && status == ValueStatus.SUBMITTED && !values.handledByMe(id)) {
                values.verify(id, null);
            }
        });
    }

    private interface RowImport {
        void accept(String[] record, List<FieldError> errors);
    }

    private Result each(CsvFiles.Table table, List<String> languages, RowImport work) {
        List<FieldError> all = new ArrayList<>();
        for (int i = 0; i < table.records().size(); i++) {
            String row = "rows[" + (i + 2) + "]";
            List<FieldError> errors = new ArrayList<>();
            try {
                work.accept(table.records().get(i), errors);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            } catch (AccessDeniedException e) {
                errors.add(new FieldError("", "standards-csv-not-permitted"));
            } catch (NotFoundException e) {
                errors.add(new FieldError("", "standards-csv-not-found"));
            }
            for (FieldError e : errors) {
                String column = e.field().isEmpty() ? "" : "." + CsvColumns.ofField(e.field(), languages);
                all.add(new FieldError(row + column, e.rule(), e.arguments()));
            }
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return new Result(table.records().size());
    }

    private static CsvFiles.Table read(Reader reader, List<String> required) {
        CsvFiles.Table table;
        try {
            table = CsvFiles.read(reader);
        } catch (IOException e) {
            throw new InvalidInputException("file", "standards-csv-unreadable");
        }
        List<FieldError> missing = required.stream().filter(c -> !table.columns().containsKey(c))
                .map(c -> new FieldError("rows[1]." + c, "standards-csv-column-missing", c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        return table;
    }

    private static <T> T parse(String text, String column, Function<String, T> parser, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "standards-csv-invalid-value", text));
            return null;
        }
    }

    private static BigDecimal number(CsvFiles.Table table, String[] record, String column, List<FieldError> errors) {
        String text = table.cell(record, column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(column, "standards-csv-not-a-number", text));
            return null;
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
