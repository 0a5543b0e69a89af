package org.concord.exchangerates.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The annual rates' pages lived under the activity registry (/activities/exchange-rates) until the exchange-rate
 * service took them over: bookmarks and links keep working. A page read moves for good (301); a form posted to the
 * old address is sent on with its method and body (308).
 */
@Controller
class FormerAnnualRateAddresses {

    static final String FORMER = "/activities/exchange-rates";

    @RequestMapping(value = {FORMER, FORMER + "/**"}, method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST})
    ResponseEntity<Void> moved(HttpServletRequest request) {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + FORMER.length());
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        HttpStatus status = "POST".equals(request.getMethod()) ? HttpStatus.PERMANENT_REDIRECT : HttpStatus.MOVED_PERMANENTLY;
        return ResponseEntity.status(status)
                .header(HttpHeaders.LOCATION, request.getContextPath() + AnnualRatePages.PATH + rest + query).build();
    }
}
