package org.concord.projects.internal.reference;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reform area as the editor's form and the API send it: its code (fixed once created), its name in each of
 * Concord's six languages and its colour on charts and swatches.
 */
@Schema(name = "ReformAreaInput")
public class ReformAreaForm {

    @Schema(description = "2 to 40 capital letters, digits or underscores, starting with a letter, e.g. POLICE_REFORM; "
            + "ignored when updating (the address names the area)")
    private String code;
    private String nameEn;
    private String nameFr;
    private String nameEs;
    private String nameRu;
    private String nameAr;
    private String nameUk;
    @Schema(description = "#rrggbb, with a contrast of at least 3:1 against white", example = "#1f4e79")
    private String colour;
    @Schema(description = "the version last read; a stale version is refused (409) instead of overwriting a newer change")
    private Long version;

    public String getCode() { return code; }
    public void setCode(String v) { code = trimmed(v); }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = trimmed(v); }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String v) { nameFr = trimmed(v); }
    public String getNameEs() { return nameEs; }
    public void setNameEs(String v) { nameEs = trimmed(v); }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String v) { nameRu = trimmed(v); }
    public String getNameAr() { return nameAr; }
    public void setNameAr(String v) { nameAr = trimmed(v); }
    public String getNameUk() { return nameUk; }
    public void setNameUk(String v) { nameUk = trimmed(v); }
    public String getColour() { return colour; }
    public void setColour(String v) { colour = trimmed(v); }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }

    static String trimmed(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
