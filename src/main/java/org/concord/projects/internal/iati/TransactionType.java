package org.concord.projects.internal.iati;

/** The IATI TransactionType codelist: what a transaction does with the money. The model keeps the code as published. */
public enum TransactionType {
    INCOMING_FUNDS("1"),
    OUTGOING_COMMITMENT("2"),
    DISBURSEMENT("3"),
    EXPENDITURE("4"),
    INTEREST_PAYMENT("5"),
    LOAN_REPAYMENT("6"),
    REIMBURSEMENT("7"),
    PURCHASE_OF_EQUITY("8"),
    SALE_OF_EQUITY("9"),
    CREDIT_GUARANTEE("10"),
    INCOMING_COMMITMENT("11"),
    OUTGOING_PLEDGE("12"),
    INCOMING_PLEDGE("13");

    private final String code;

    TransactionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** null when the code is not in the codelist. */
    public static TransactionType of(String code) {
        if (code == null) {
            return null;
        }
        for (TransactionType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        return null;
    }
}
