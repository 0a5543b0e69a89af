/**
 * The public face of Concord: the home page, the world map and each country's page, composed from the other
 * modules' APIs (today the activity registry's; funding, standards, oversight and recommendations add their
 * sections through theirs), and open-data downloads as the modules fill them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"funding", "organisations", "oversight", "projects", "shared", "standards"},
        displayName = "Public portal")
package org.concord.portal;
