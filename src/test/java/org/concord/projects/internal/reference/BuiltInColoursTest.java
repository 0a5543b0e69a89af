package org.concord.projects.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every built-in reform-area colour meets the 3:1 contrast against white that the reform-area editor requires. */
@SpringBootTest
class BuiltInColoursTest {

    @Test
    void everyBuiltInColourHasTheContrastTheEditorRequires(@Autowired JdbcTemplate jdbc) {
        Map<String, String> colours = jdbc.queryForList("select code, colour from reform_area").stream()
                .collect(Collectors.toMap(r -> (String) r.get("code"), r -> (String) r.get("colour")));
        assertThat(colours).containsEntry("PARLIAMENTARY_OVERSIGHT", "#9c7400").containsEntry("HUMAN_RIGHTS", "#008a3e");
        colours.forEach((code, colour) -> assertThat(ReformAreaService.contrast(colour))
                .as(code + " " + colour).isGreaterThanOrEqualTo(ReformAreaService.MIN_CONTRAST));
    }
}
