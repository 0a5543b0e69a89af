/**
 * SSR activities: who funds and who implements what, where, in which reform area, with what budget and
 * results; IATI 2.03 import and export; who-does-what views per country; overlap and gap detection.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "exchangerates", "organisations", "shared"}, displayName = "Projects (SSR activities)")
package org.concord.projects;
