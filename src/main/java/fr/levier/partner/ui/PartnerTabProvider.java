package fr.levier.partner.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Lets another module add a tab to the partner page without the partner module depending on it
 * (e.g. funding adds "Financements": what this partner committed, to which projects). Implement it
 * as a Spring bean in the contributing module.
 */
@NamedInterface("tabs")
public interface PartnerTabProvider {

    /** @return i18n key of the tab title */
    String titleKey();

    /** @return position among the contributed tabs, lower first */
    int order();

    /**
     * Builds the tab's content for one partner, with the current user's rights.
     *
     * @param partnerId the partner shown
     * @return the component to show in the tab
     */
    Component create(long partnerId);
}
