package fr.levier.partner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import fr.levier.partner.ui.ContactListView;
import fr.levier.partner.ui.DuplicatesView;
import fr.levier.partner.ui.MergeView;
import fr.levier.partner.ui.MyTasksView;
import fr.levier.partner.ui.PartnerTabProvider;
import fr.levier.partner.ui.PartnerView;
import fr.levier.partner.ui.SegmentsView;
import fr.levier.shared.FrenchFormats;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The partner module's screens, server-side, with real roles and the demo data. */
class PartnerViewsTest extends KaribuTest {

    @Autowired
    PartnerService partners;

    @Autowired
    AsUser as;

    @Autowired
    SegmentService segments;

    @Autowired
    ContactService contacts;

    @Autowired
    TaskService tasks;

    @Test
    void thePartnerPageShowsIdentityContactsInteractionsAndTasks(
            @Autowired java.util.List<PartnerTabProvider> tabProviders) {
        String name = Fixtures.name("Département Vue");
        long id = as.call(
                        "officer",
                        () -> partners.create(PartnerDraft.of(name, PartnerType.DEPARTMENT, "Valence"), true))
                .id();
        for (String lastName : List.of("Arnaud", "Bérard")) {
            ContactDetails person = as.call(
                    "officer", () -> contacts.create(ContactDraft.of("Lou", Fixtures.name(lastName), null), true));
            as.call(
                    "officer",
                    () -> contacts.affiliate(new AffiliationDraft(person.id(), id, "DGS", LocalDate.of(2024, 1, 1))));
        }
        login("viewer");
        navigate("partners/" + id);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PartnerView.class);
        assertThat(_get(H2.class, s -> s.withId("partner-title")).getText()).isEqualTo(name);
        TabSheet tabs = _get(TabSheet.class);
        // identity, contacts, interactions, open tasks + the tabs other modules contribute (funding: what it funds)
        assertThat(tabs.getTabCount()).isEqualTo(4 + tabProviders.size());
        assertThat(tabProviders).extracting(PartnerTabProvider::titleKey).contains("partnerFunding.tab");
        tabs.setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<AffiliationView> contacts = _get(Grid.class, s -> s.withId("partner-contacts"));
        assertThat(GridKt._size(contacts)).isEqualTo(2);
        assertThat(_find(Button.class, s -> s.withId("partner-save")))
                .as("a viewer cannot edit")
                .isEmpty();
    }

    @Test
    void anOfficerEditsThePartnerAndABadSiretShowsOnTheField() {
        login("officer");
        PartnerDetails p = as.call(
                "officer",
                () -> partners.create(PartnerDraft.of(Fixtures.name("Vue Orion"), PartnerType.COMPANY, "Die"), false));
        navigate("partners/" + p.id());
        TextField siret = _get(TextField.class, s -> s.withId("partner-siret"));
        setValue(siret, "123");
        _click(_get(Button.class, s -> s.withId("partner-save")));
        assertThat(siret.isInvalid()).isTrue();
        setValue(_get(TextField.class, s -> s.withId("partner-town")), "Peyrins");
        String goodSiret = Fixtures.siret();
        setValue(siret, goodSiret);
        _click(_get(Button.class, s -> s.withId("partner-save")));
        assertThat(as.call("viewer", () -> partners.details(p.id())).town()).isEqualTo("Peyrins");
    }

    @Test
    void creatingALookAlikeShowsTheDuplicateWarningAndCanGoOnAnyway() {
        login("officer");
        String name = Fixtures.name("Jumeau");
        as.call("officer", () -> partners.create(PartnerDraft.of(name, PartnerType.ASSOCIATION, "Génissieux"), false));
        navigate("partners");
        _click(_get(Button.class, s -> s.withId("partner-new")));
        setValue(_get(TextField.class, s -> s.withId("partner-name")), name.toUpperCase() + " (S.A.S.)");
        @SuppressWarnings("unchecked")
        ComboBox<PartnerType> type = _get(ComboBox.class, s -> s.withId("partner-type"));
        setValue(type, PartnerType.ASSOCIATION);
        setValue(_get(TextField.class, s -> s.withId("partner-town")), "Genissieux");
        _click(_get(Button.class, s -> s.withId("partner-create-save")));
        _click(_get(Button.class, s -> s.withId("duplicate-create-anyway")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PartnerView.class);
        assertThat(_get(H2.class, s -> s.withId("partner-title")).getText())
                .isEqualTo(name.toUpperCase() + " (S.A.S.)");
    }

    @Test
    void theContactListAndMyTasksShowTheirRows() {
        long before = as.call("viewer", () -> contacts.count(ContactFilter.ALL));
        as.call("officer", () -> contacts.create(ContactDraft.of("Lou", Fixtures.name("Liste"), null), true));
        String task = Fixtures.name("Rappeler");
        as.call(
                "officer",
                () -> tasks.create(
                        new TaskDraft(task, LocalDate.now().minusYears(5), "officer", null, null, null, false)));
        login("officer");
        navigate("contacts");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ContactListView.class);
        @SuppressWarnings("unchecked")
        Grid<ContactSummary> grid = _get(Grid.class, s -> s.withId("contact-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        navigate("tasks");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyTasksView.class);
        @SuppressWarnings("unchecked")
        Grid<TaskView> taskGrid = _get(Grid.class, s -> s.withId("my-tasks"));
        assertThat(GridKt._fetch(taskGrid, 0, GridKt._size(taskGrid)))
                .filteredOn(t -> t.title().equals(task))
                .singleElement()
                .satisfies(t -> assertThat(t.assignee()).isEqualTo("officer"));
    }

    @Test
    void segmentsShowALiveCount() {
        login("viewer");
        navigate("segments");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SegmentsView.class);
        Span count = _get(Span.class, s -> s.withId("segment-count"));
        String all = count.getText();
        @SuppressWarnings("unchecked")
        ComboBox<PartnerType> type = _find(ComboBox.class).stream()
                .filter(c -> "Type".equals(c.getLabel()))
                .findFirst()
                .orElseThrow();
        setValue(type, PartnerType.REGION);
        long regions = as.call(
                "viewer",
                () -> segments.countPartners(
                        new SegmentCriteria(PartnerType.REGION, null, null, null, null, false, false)));
        assertThat(count.getText())
                .isNotEqualTo(all)
                .startsWith(
                        FrenchFormats.count(regions, Locale.FRENCH) + (regions > 1 ? " partenaires," : " partenaire,"));
    }

    @Test
    void theDuplicatesScreenListsTheDemoNearDuplicatesAndOpensTheMergeScreen() {
        login("officer");
        navigate("partners/duplicates");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DuplicatesView.class);
        @SuppressWarnings("unchecked")
        Grid<DuplicatePair> grid = _get(Grid.class, s -> s.withId("duplicate-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);
        DuplicatePair pair = GridKt._get(grid, 0);
        navigate("partners/merge/" + pair.firstId() + "/" + pair.secondId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MergeView.class);
        _get(Button.class, s -> s.withId("merge-do"));
    }

    @Test
    void aViewerCannotOpenImportsNorMerge() {
        login("viewer");
        assertThatThrownBy(() -> navigate("imports")).hasMessageContaining("Access is denied");
    }
}
