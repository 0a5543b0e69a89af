package org.concord.projects.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.concord.TestActors;
import org.concord.projects.CountedTotals;
import org.concord.projects.internal.country.FundingFlows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A reader sums a real file by hand and gets Concord's country figures. The file
 * (src/test/resources/iati/activities/dportal-2021-context-nonssr-GE-UA-AF-ML.xml, see its MANIFEST) has activities
 * shared between countries by percentage and spending in six currencies. The sum walks the XML with the JDK's DOM
 * parser, nothing of Concord's reader, by the rule Concord states under every total (funding.rule.spending,
 * funding.rule.apportion): disbursements (3) and expenditures (4), each converted to US dollars at the annual rate
 * of its value date's year (else its date's) and rounded to the cent, each given to a country by the activity's
 * share for it (its recipient-country percentage; countries without one share the rest equally), or wholly to the
 * country the transaction names itself; a disbursement to another activity of the file that reports spending of
 * its own is left out; an activity the file holds twice is counted once, as it last appears. Only the file's activities are added up (other tests share the database).
 */
@SpringBootTest
class ByHandCountryTotalsTest {

    static final String FILE = "/iati/activities/dportal-2021-context-nonssr-GE-UA-AF-ML.xml";

    @Autowired
    ImportService imports;
    @Autowired
    ImportWorker worker;
    @Autowired
    FundingFlows flows;
    @Autowired
    JdbcTemplate jdbc;

    record Sums(Map<String, BigDecimal> counted, Map<String, BigDecimal> leftOut) {
    }

    @Test
    void everyCountrysSpendingIsWhatAReaderSummingTheFileByHandGets() throws Exception {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream(FILE)) {
            content = in.readAllBytes();
        }
        ImportJob queued = TestActors.runAs(TestActors.admin(),
                () -> imports.submit("by-hand.xml", new ByteArrayInputStream(content)));
        worker.runIfFree(queued.id());
        ImportJob job = TestActors.runAs(TestActors.admin(), () -> imports.job(queued.id()));
        assertThat(job.status()).isEqualTo("DONE");

        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(content));
        // an activity published twice in the file (five of AFD's, in two d-portal datasets) is one activity, as it
        // last appears
        Map<String, Element> last = new java.util.LinkedHashMap<>();
        for (Element a : children(doc.getDocumentElement(), "iati-activity")) {
            last.remove(text(child(a, "iati-identifier")));
            last.put(text(child(a, "iati-identifier")), a);
        }
        List<Element> activities = List.copyOf(last.values());
        assertThat(activities).hasSize(239);
        List<String> identifiers = activities.stream().map(a -> text(child(a, "iati-identifier"))).toList();
        List<Long> ids = jdbc.queryForList("select id from activity where published and iati_identifier = any(?)",
                Long.class, (Object) identifiers.toArray(String[]::new));
        assertThat(ids).hasSize(identifiers.size());

        Sums byHand = byHand(activities);
        assertThat(byHand.counted()).hasSizeGreaterThan(10);
        for (Map.Entry<String, BigDecimal> country : byHand.counted().entrySet()) {
            CountedTotals concord = flows.forCountry(country.getKey(), ids);
            assertThat(concord.spendingUsd()).as("spending in %s", country.getKey())
                    .isEqualByComparingTo(country.getValue().setScale(2, RoundingMode.HALF_EVEN));
            assertThat(concord.spendingLeftOutUsd()).as("spending left out in %s", country.getKey())
                    .isEqualByComparingTo(byHand.leftOut().getOrDefault(country.getKey(), BigDecimal.ZERO)
                            .setScale(2, RoundingMode.HALF_EVEN));
        }
    }

    private Sums byHand(List<Element> activities) {
        Set<String> spendingActivities = new HashSet<>();
        for (Element a : activities) {
            for (Element t : children(a, "transaction")) {
                String type = child(t, "transaction-type").getAttribute("code");
                if (type.equals("3") || type.equals("4")) {
                    spendingActivities.add(text(child(a, "iati-identifier")));
                }
            }
        }
        Map<String, BigDecimal> counted = new TreeMap<>();
        Map<String, BigDecimal> leftOut = new TreeMap<>();
        MathContext precise = MathContext.DECIMAL128;
        for (Element a : activities) {
            String identifier = text(child(a, "iati-identifier"));
            Map<String, BigDecimal> shares = new HashMap<>();
            BigDecimal given = BigDecimal.ZERO;
            List<String> without = new ArrayList<>();
            for (Element c : children(a, "recipient-country")) {
                String code = c.getAttribute("code").strip().toUpperCase();
                String percentage = c.getAttribute("percentage").strip();
                if (percentage.isEmpty()) {
                    without.add(code);
                } else {
                    BigDecimal p = new BigDecimal(percentage);
                    given = given.add(p);
                    shares.merge(code, p.divide(BigDecimal.valueOf(100), precise), BigDecimal::add);
                }
            }
            for (String code : without) {
                BigDecimal rest = BigDecimal.valueOf(100).subtract(given).max(BigDecimal.ZERO);
                shares.merge(code, rest.divide(BigDecimal.valueOf(100L * without.size()), precise), BigDecimal::add);
            }
            for (Element t : children(a, "transaction")) {
                String type = child(t, "transaction-type").getAttribute("code");
                if (!type.equals("3") && !type.equals("4")) {
                    continue;
                }
                Element value = child(t, "value");
                String currency = value.getAttribute("currency").isBlank() ? a.getAttribute("default-currency")
                        : value.getAttribute("currency");
                String date = value.getAttribute("value-date").isBlank()
                        ? child(t, "transaction-date").getAttribute("iso-date") : value.getAttribute("value-date");
                BigDecimal rate = rate(currency.strip(), Integer.parseInt(date.strip().substring(0, 4)));
                if (rate == null) {
                    continue;
                }
                // to the cent, half away from zero (as one rounds by hand, and as PostgreSQL rounds)
                BigDecimal usd = new BigDecimal(text(value)).multiply(rate).setScale(2, RoundingMode.HALF_UP);
                Element receiver = child(t, "receiver-org");
                String receiverActivity = receiver == null ? "" : receiver.getAttribute("receiver-activity-id").strip();
                boolean left = type.equals("3") && !receiverActivity.equals(identifier)
                        && spendingActivities.contains(receiverActivity);
                Element own = child(t, "recipient-country");
                Map<String, BigDecimal> to = own == null ? shares
                        : Map.of(own.getAttribute("code").strip().toUpperCase(), BigDecimal.ONE);
                to.forEach((code, share) -> (left ? leftOut : counted).merge(code, usd.multiply(share, precise),
                        BigDecimal::add));
            }
        }
        return new Sums(counted, leftOut);
    }

    /** The annual average rate, US dollars per unit, that Concord's reference data gives for the year. */
    private BigDecimal rate(String currency, int year) {
        List<BigDecimal> rates = jdbc.queryForList(
                "select usd_per_unit from exchange_rate_by_year where currency = ? and year = ?", BigDecimal.class,
                currency, year);
        return rates.isEmpty() ? null : rates.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }
}
