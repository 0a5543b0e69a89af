package org.concord.accounts.internal.secondfactor;

/** A code typed on a second-factor page: six digits from the app, or a recovery code where those are accepted. */
public class CodeForm {

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
