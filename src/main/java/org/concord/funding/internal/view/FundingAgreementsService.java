package org.concord.funding.internal.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concord.funding.AgreementSummary;
import org.concord.funding.FundingAgreements;
import org.concord.funding.internal.Reader;
import org.concord.organisations.Organisations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API for others, and the agreements list the pages, the API and exports share. */
@Service
public class FundingAgreementsService implements FundingAgreements {

    private final AgreementQueries queries;
    private final Organisations organisations;

    FundingAgreementsService(AgreementQueries queries, Organisations organisations) {
        this.queries = queries;
        this.organisations = organisations;
    }

    public record ListPage(List<AgreementSummary> agreements, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional(readOnly = true)
    public ListPage list(AgreementQueries.Filter filter, Locale locale) {
        AgreementQueries.Page page = queries.find(filter, Reader.current(organisations));
        return new ListPage(summaries(page.rows(), locale), page.total(), filter.page(), filter.size());
    }

    @Transactional(readOnly = true)
    public List<AgreementSummary> all(AgreementQueries.Filter filter, Locale locale) {
        return summaries(queries.all(filter, Reader.current(organisations)), locale);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementSummary> summary(long id) {
        // one row, not every agreement filtered in memory
        return queries.one(id, Reader.current(organisations)).flatMap(row -> summaries(List.of(row), LocaleContextHolder.getLocale()).stream().findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementSummary> inCountry(String country, int limit) {
        return list(new AgreementQueries.Filter(country, null, null, null, 0, limit), LocaleContextHolder.getLocale())
                .agreements();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> conditionsByStatus(String country) {
        return queries.conditionsByStatus(country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    /** Rows with names, amounts left out where the row says the reader may not see them (no statement per row). */
    private List<AgreementSummary> summaries(List<AgreementQueries.Row> rows, Locale locale) {
        Map<Long, String> names = organisations.names(locale);
        return rows.stream().map(r -> {
            boolean hide = r.amountsHidden();
            return new AgreementSummary(r.id(), r.title(), r.funderId(), names.getOrDefault(r.funderId(), "#" + r.funderId()),
                    r.recipientId(), names.getOrDefault(r.recipientId(), "#" + r.recipientId()), r.country(),
                    hide ? null : r.totalAmount(), hide ? null : r.released(), r.currency(), r.start(), r.end(),
                    r.status(), r.conditions(), r.conditionsMet());
        }).toList();
    }
}
