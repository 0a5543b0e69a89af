/**
 * One exchange-rate service for the whole application: dated rates (daily reference rates a central bank publishes,
 * imported as CSV by administrators) and, where none is recent enough, the activity registry's annual average rates;
 * every conversion says which rate, of which date, from which source it used.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"}, displayName = "Exchange rates")
package org.concord.exchangerates;
