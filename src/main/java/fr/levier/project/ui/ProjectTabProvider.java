package fr.levier.project.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * Lets another module add a tab to the project page without the project module depending on it
 * (funding adds the financing plan, commitments and claims). Implement it as a Spring bean.
 */
@NamedInterface("tabs")
public interface ProjectTabProvider {

    /** @return i18n key of the tab title */
    String titleKey();

    /** @return position among the contributed tabs, lower first (they come after "summary") */
    int order();

    /**
     * Builds the tab's content for one project, with the current user's rights.
     *
     * @param projectId the project shown
     * @return the component to show
     */
    Component create(long projectId);
}
