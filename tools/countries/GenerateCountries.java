// Generates src/main/resources/db/migration/V1__shared_countries.sql from ICU4J
// (Unicode CLDR data): ISO 3166-1 countries, their UN M49 regions, and names in
// the six interface languages. See README.md beside this file.
//
// Run (Java 17+, single-file source launch):
//   java -cp icu4j-79.1.jar GenerateCountries.java > V1__shared_countries.sql

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.Region.RegionType;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class GenerateCountries {

    /** Interface languages, in column order. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "uk");

    /** ICU4J release this generator was written and checked against. */
    static final String EXPECTED_ICU = "79.1";

    /**
     * Kosovo: not in ISO 3166-1. XK is the user-assigned code used by the
     * European Commission, IATI and the World Bank; XKX is the World Bank's
     * three-letter code. There is no numeric code, so '000' stands for none.
     * (CLDR's own private-use codes for it are XKK / 983; they are not used here.)
     */
    static final String KOSOVO = "XK";
    static final String KOSOVO_ALPHA3 = "XKX";
    static final String KOSOVO_NUMERIC = "000";

    record Country(String code, String alpha3, String numeric, Region region, Region subregion) {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        String icuVersion = VersionInfo.ICU_VERSION.getMajor() + "." + VersionInfo.ICU_VERSION.getMinor();
        String cldrVersion = LocaleData.getCLDRVersion().getMajor() + "." + LocaleData.getCLDRVersion().getMinor();
        if (!icuVersion.equals(EXPECTED_ICU)) {
            System.err.println("warning: running with ICU4J " + icuVersion + ", generator was checked against " + EXPECTED_ICU);
        }

        Map<String, LocaleDisplayNames> names = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            // NO_SUBSTITUTE: return null instead of the code when CLDR has no name.
            // BEGINNING_OF_SENTENCE: the names stand alone as labels, so CLDR's
            // mid-sentence forms get a capital first letter ('world' -> 'World',
            // ru 'о-в Мэн' -> 'О-в Мэн'); nothing else is changed.
            names.put(lang, LocaleDisplayNames.getInstance(new ULocale(lang),
                    DisplayContext.NO_SUBSTITUTE, DisplayContext.CAPITALIZATION_FOR_BEGINNING_OF_SENTENCE));
        }

        // ISO 3166-1 officially assigned codes: ICU's ISO list also carries the
        // exceptionally reserved DG, EA, IC (no ISO numeric code) and XK (CLDR
        // private-use numeric 983); an official code has a numeric code 001-899.
        Map<String, Country> countries = new TreeMap<>();
        for (String code : ULocale.getISOCountries()) {
            Region r = Region.getInstance(code);
            int numeric = r.getNumericCode();
            boolean kosovo = code.equals(KOSOVO);
            if (!kosovo && (numeric < 1 || numeric > 899)) {
                continue;
            }
            String alpha3 = kosovo ? KOSOVO_ALPHA3 : new ULocale("und_" + code).getISO3Country();
            if (alpha3.length() != 3) {
                throw new IllegalStateException("no alpha-3 code for " + code);
            }
            // CLDR puts Antarctica under QO "Outlying Oceania", which is not an
            // M49 region: a country whose containing region has no numeric M49
            // code gets neither region nor sub-region.
            Region sub = r.getContainingRegion();
            Region continent = r.getContainingRegion(RegionType.CONTINENT);
            if (sub == null || !isM49(sub)) {
                sub = null;
                continent = null;
            } else {
                if (continent == null || !isM49(continent) || sub.getContainingRegion() != continent) {
                    throw new IllegalStateException("unexpected containment for " + code + ": " + sub + " / " + continent);
                }
            }
            String numericCode = kosovo ? KOSOVO_NUMERIC : String.format(java.util.Locale.ROOT, "%03d", numeric);
            countries.put(code, new Country(code, alpha3, numericCode, continent, sub));
        }

        // Cross-check against the JDK's own ISO 3166-1 list (informational only).
        Set<String> jdk = new TreeSet<>(Arrays.asList(java.util.Locale.getISOCountries()));
        Set<String> ours = new TreeSet<>(countries.keySet());
        ours.remove(KOSOVO);
        if (!ours.equals(jdk)) {
            Set<String> onlyIcu = new TreeSet<>(ours);
            onlyIcu.removeAll(jdk);
            Set<String> onlyJdk = new TreeSet<>(jdk);
            onlyJdk.removeAll(ours);
            System.err.println("note: ISO list differs from the JDK's: only ICU " + onlyIcu + ", only JDK " + onlyJdk);
        }

        // Regions referenced by some country, plus their parents up to 001 World.
        Set<Region> regions = new TreeSet<>(Comparator.comparing(Region::toString));
        for (Country c : countries.values()) {
            for (Region r = c.subregion(); r != null; r = r.getContainingRegion()) {
                regions.add(r);
            }
            for (Region r = c.region(); r != null; r = r.getContainingRegion()) {
                regions.add(r);
            }
        }
        List<Region> orderedRegions = new ArrayList<>(regions);
        // Parents before children: by depth below World, then by code.
        orderedRegions.sort(Comparator.comparingInt(GenerateCountries::depth).thenComparing(Region::toString));
        for (Region r : orderedRegions) {
            if (!isM49(r)) {
                throw new IllegalStateException("not an M49 code: " + r);
            }
        }

        out.println("-- Shared reference data: UN M49 regions and ISO 3166-1 countries, with names");
        out.println("-- in " + String.join(", ", LANGUAGES) + ".");
        out.println("-- Source: Unicode CLDR " + cldrVersion + " via ICU4J " + icuVersion
                + " (com.ibm.icu:icu4j): names from LocaleDisplayNames, codes from");
        out.println("-- ULocale/Region, M49 containment per CLDR (com.ibm.icu.util.Region).");
        out.println("-- Generated by tools/countries/GenerateCountries.java; do not edit by hand.");
        out.println();
        out.println("create table m49_region (");
        out.println("    code        char(3) primary key,  -- UN M49 numeric code, e.g. '150' Europe, '001' World");
        out.println("    parent_code char(3) references m49_region (code),");
        printNameColumns(out, 11);
        out.println(");");
        out.println();
        out.println("create table country (");
        out.println("    code           char(2) primary key,  -- ISO 3166-1 alpha-2");
        out.println("    alpha3         char(3) not null unique,");
        out.println("    numeric_code   char(3) not null,");
        out.println("    region_code    char(3) references m49_region (code),  -- M49 continent-level region; null for Antarctica");
        out.println("    subregion_code char(3) references m49_region (code),  -- M49 sub-region, or intermediate region where CLDR uses one");
        printNameColumns(out, 14);
        out.println(");");
        out.println();

        out.println("-- Parents before children.");
        out.println("insert into m49_region (code, parent_code, " + nameColumns() + ") values");
        List<String> rows = new ArrayList<>();
        for (Region r : orderedRegions) {
            Region parent = r.getContainingRegion();
            rows.add("    (" + quote(r.toString()) + ", " + (parent == null ? "null" : quote(parent.toString())) + ", "
                    + nameValues(names, r.toString()) + ")");
        }
        out.println(String.join(",\n", rows) + ";");
        out.println();

        out.println("-- XK (Kosovo) is not in ISO 3166-1: it is the user-assigned code used by IATI,");
        out.println("-- the European Commission and the World Bank; alpha3 'XKX' is the World Bank's,");
        out.println("-- and numeric_code '000' means it has none.");
        out.println("insert into country (code, alpha3, numeric_code, region_code, subregion_code, " + nameColumns() + ") values");
        rows.clear();
        for (Country c : countries.values()) {
            rows.add("    (" + quote(c.code()) + ", " + quote(c.alpha3()) + ", " + quote(c.numeric()) + ", "
                    + (c.region() == null ? "null" : quote(c.region().toString())) + ", "
                    + (c.subregion() == null ? "null" : quote(c.subregion().toString())) + ", "
                    + nameValues(names, c.code()) + ")");
        }
        out.println(String.join(",\n", rows) + ";");

        System.err.println(orderedRegions.size() + " regions, " + countries.size() + " countries");
    }

    static boolean isM49(Region r) {
        return r.toString().matches("\\d{3}");
    }

    static int depth(Region r) {
        int d = 0;
        for (Region p = r.getContainingRegion(); p != null; p = p.getContainingRegion()) {
            d++;
        }
        return d;
    }

    static void printNameColumns(PrintStream out, int width) {
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String col = "name_" + LANGUAGES.get(i);
            out.println("    " + String.format("%-" + width + "s", col) + " varchar(200) not null"
                    + (i < LANGUAGES.size() - 1 ? "," : ""));
        }
    }

    static String nameColumns() {
        return String.join(", ", LANGUAGES.stream().map(l -> "name_" + l).toList());
    }

    static String nameValues(Map<String, LocaleDisplayNames> names, String code) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, LocaleDisplayNames> e : names.entrySet()) {
            String name = e.getValue().regionDisplayName(code);
            if (name == null || name.isBlank() || name.equals(code)) {
                throw new IllegalStateException("no " + e.getKey() + " name for " + code);
            }
            if (name.length() > 200) {
                throw new IllegalStateException("name too long: " + name);
            }
            values.add(quote(name));
        }
        return String.join(", ", values);
    }

    /** SQL string literal: single quotes doubled; standard_conforming_strings is on. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
