package org.concord.notifications.internal;

import jakarta.validation.constraints.NotNull;
import org.concord.notifications.Delivery;
import org.concord.shared.Language;

/** What the preferences page and API post: how to hear of notifications, and in which language. */
class PreferencesForm {

    @NotNull
    private Delivery delivery;
    @NotNull
    private Language language;

    PreferencesForm() {
    }

    PreferencesForm(Delivery delivery, Language language) {
        this.delivery = delivery;
        this.language = language;
    }

    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public Language getLanguage() { return language; }
    public void setLanguage(Language language) { this.language = language; }
}
