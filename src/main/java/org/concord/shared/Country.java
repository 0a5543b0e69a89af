package org.concord.shared;

/** An ISO 3166-1 country named in one interface language, with its UN M49 region. */
public record Country(String code, String alpha3, String name, String regionCode, String regionName,
                      String subregionCode, String subregionName) {
}
