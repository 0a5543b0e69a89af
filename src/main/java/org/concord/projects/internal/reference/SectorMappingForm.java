package org.concord.projects.internal.reference;

import io.swagger.v3.oas.annotations.media.Schema;

/** A DAC code to map to a reform area, as the thesaurus page's form sends it. */
public class SectorMappingForm {

    /** 1: DAC 5-digit purpose code; 2: DAC 3-digit category. */
    private String vocabulary = "1";
    private String code;
    private String area;

    public String getVocabulary() { return vocabulary; }
    public void setVocabulary(String v) { vocabulary = ReformAreaForm.trimmed(v); }
    public String getCode() { return code; }
    public void setCode(String v) { code = ReformAreaForm.trimmed(v); }
    public String getArea() { return area; }
    public void setArea(String v) { area = ReformAreaForm.trimmed(v); }

    /** The body of {@code PUT /api/v1/reform-areas/mappings/{vocabulary}/{code}}. */
    @Schema(name = "SectorMappingInput")
    public record Target(@Schema(description = "code of the reform area the DAC code maps to", example = "POLICE_REFORM")
                         String area) {
    }
}
