package fr.levier.partner.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;

/**
 * On the partner page: whether the partner's money counts as public funding (CGCT L1111-10). Default from
 * the type, overridable per partner (a CAF, private law with a public-service mission, does not count).
 * Saved at once when an officer changes it.
 */
class PublicMoneyField extends HorizontalLayout {

    /** The three choices: follow the type, public, not public. */
    enum Choice {
        TYPE,
        PUBLIC,
        NOT_PUBLIC;

        static Choice of(Boolean v) {
            return v == null ? TYPE : v ? PUBLIC : NOT_PUBLIC;
        }

        Boolean value() {
            return this == TYPE ? null : this == PUBLIC;
        }
    }

    private final Select<Choice> select = new Select<>();
    private final Span outcome = new Span();
    /** The partner's version this field read or last saved: a stale one is refused (409), not overwritten. */
    private long version;

    PublicMoneyField(PartnerService partners, PartnerSummary partner, boolean canEdit) {
        setAlignItems(Alignment.BASELINE);
        select.setId("partner-public-money");
        select.setLabel(getTranslation("partner.publicMoney"));
        select.setItems(Choice.values());
        select.setItemLabelGenerator(c -> c == Choice.TYPE
                ? getTranslation(
                        "partner.publicMoney.TYPE",
                        getTranslation(
                                partner.type().isPublicBody() ? "partner.publicMoney.yes" : "partner.publicMoney.no"))
                : getTranslation("partner.publicMoney." + c.name()));
        select.setValue(Choice.of(partner.publicMoney()));
        version = partner.version();
        select.setReadOnly(!canEdit);
        select.setWidth("28rem");
        outcome.setId("partner-public-money-outcome");
        show(partner);
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            PartnerSummary[] saved = new PartnerSummary[1];
            if (ServiceErrors.run(
                    () -> saved[0] =
                            partners.setPublicMoney(partner.id(), e.getValue().value(), version),
                    java.util.Map.of())) {
                version = saved[0].version();
                show(saved[0]);
                Notifications.success(getTranslation("partner.saved"));
            } else {
                select.setValue(e.getOldValue());
            }
        });
        add(select, outcome);
    }

    private void show(PartnerSummary p) {
        outcome.setText(getTranslation(
                p.countsAsPublicMoney() ? "partner.publicMoney.counted" : "partner.publicMoney.notCounted"));
    }
}
