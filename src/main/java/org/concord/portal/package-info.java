/**
 * The public face of Concord: the home page now; dashboards, maps, country pages and open-data
 * downloads as the other modules fill them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.concord.portal;
