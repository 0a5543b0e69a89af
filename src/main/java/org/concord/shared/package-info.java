/**
 * What every module needs and no module owns: countries, languages, errors, the current actor's
 * permissions, the page layout's web configuration and the embedded database.
 * An open module: other modules may use any of its packages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.concord.shared;
