package org.concord.standards.internal.indicators;

import java.util.List;
import java.util.Set;
import org.concord.standards.Direction;
import org.concord.standards.Unit;
import org.concord.standards.internal.LocalName;
import org.concord.standards.internal.Visibility;

/** Everything the module knows of one indicator, named in the reader's language, with where it sits. */
public record IndicatorView(long id, String code, String name, String definition, Unit unit, Direction direction,
                            Frequency frequency, Visibility visibility, boolean publiclyVisible,
                            long ownerOrganisationId, String ownerName, String dataSource,
                            Set<Dimension> disaggregations, long standardId, String standardName, long frameworkId,
                            String frameworkName, List<LocalName> names, long version) {
}
