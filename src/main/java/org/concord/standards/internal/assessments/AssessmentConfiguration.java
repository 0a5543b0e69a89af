package org.concord.standards.internal.assessments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bands assessment scores fall in: {@code concord.standards.assessment-bands}, each band's name and lowest whole
 * score ("A:83,B:67,C:50,D:33,E:17,F:0" by default, Transparency International's defence integrity bands).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    @Bean
    BandScale assessmentBands(@Value("${concord.standards.assessment-bands:A:83,B:67,C:50,D:33,E:17,F:0}") String bands) {
        return BandScale.parse(bands);
    }
}
