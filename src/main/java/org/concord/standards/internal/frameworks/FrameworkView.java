package org.concord.standards.internal.frameworks;

import java.util.List;
import org.concord.standards.IndicatorSummary;
import org.concord.standards.internal.LocalName;
import org.concord.standards.internal.Visibility;

/** A framework with its standards and the indicators of each the reader may see, named in the reader's language. */
public record FrameworkView(long id, String code, String name, String description, Visibility visibility,
                            long ownerOrganisationId, String ownerName, List<LocalName> names,
                            List<StandardView> standards, long version) {

    public record StandardView(long id, String code, String name, String description, int position,
                               List<IndicatorSummary> indicators, long version) {
    }

    /** One line of the frameworks list. */
    public record Line(long id, String code, String name, Visibility visibility, String ownerName, int indicators) {
    }
}
