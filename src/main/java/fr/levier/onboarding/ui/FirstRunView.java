package fr.levier.onboarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.levier.onboarding.CityIdentityService;
import fr.levier.partner.importing.ImportService;
import fr.levier.partner.importing.ImportTarget;
import fr.levier.partner.ui.ImportPanel;
import fr.levier.security.NewUser;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The first run of a new city, for an administrator: the city's identity, the officers' accounts, then the
 * imports in order (partners with their contacts, projects, commitments), ending on the portfolio with every
 * floor and lapse warning. Each step can be skipped; the step reached is recorded, so the assistant resumes
 * there. Sample files in French, with one deliberate error each, can be downloaded at each import step.
 */
@Route("first-run")
@RolesAllowed(Role.ADMIN_NAME)
public class FirstRunView extends VerticalLayout implements HasDynamicTitle {

    /** The steps, in order. */
    enum Step {
        IDENTITY(null),
        OFFICERS(null),
        PARTNERS(ImportTarget.PARTNERS),
        PROJECTS(ImportTarget.PROJECTS),
        COMMITMENTS(ImportTarget.COMMITMENTS);

        final ImportTarget target;

        Step(ImportTarget target) {
            this.target = target;
        }

        String sample() {
            return switch (this) {
                case PARTNERS -> "partenaires-exemple.csv";
                case PROJECTS -> "projets-exemple.csv";
                case COMMITMENTS -> "financements-exemple.csv";
                default -> null;
            };
        }
    }

    private final CityIdentityService identities;
    private final UserService users;
    private final ImportService imports;
    private final OrderedList steps = new OrderedList();
    private final Div content = new Div();
    private final Button back = new Button();
    private final Button skip = new Button();
    private final Button next = new Button();
    private Step step;
    private CityIdentityForm identityForm;
    private boolean identitySaved;

    FirstRunView(CityIdentityService identities, UserService users, ImportService imports) {
        this.identities = identities;
        this.users = users;
        this.imports = imports;
        steps.setId("first-run-steps");
        content.setWidthFull();
        back.setText(getTranslation("firstRun.back"));
        back.setId("first-run-back");
        back.addClickListener(e -> go(Step.values()[step.ordinal() - 1]));
        skip.setText(getTranslation("firstRun.skip"));
        skip.setId("first-run-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.addClickListener(e -> advance());
        next.setId("first-run-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> {
            if (step == Step.IDENTITY) {
                identitySaved = false;
                if (identityForm.save() && identitySaved) {
                    advance();
                }
            } else {
                advance();
            }
        });
        add(
                new H2(getTranslation("firstRun.title")),
                new Paragraph(getTranslation("firstRun.help")),
                steps,
                content,
                new HorizontalLayout(back, skip, next));
        setMaxWidth("1200px");
        int resume = Math.min(identities.setupStep(), Step.values().length - 1);
        go(Step.values()[resume]);
    }

    private void advance() {
        if (step.ordinal() == Step.values().length - 1) {
            identities.markSetupDone();
            Notifications.success(getTranslation("firstRun.done"));
            // a full load, so the header shows the identity just recorded
            UI.getCurrent().getPage().setLocation("projects");
            return;
        }
        go(Step.values()[step.ordinal() + 1]);
    }

    private void go(Step to) {
        step = to;
        identities.reachStep(to.ordinal());
        steps.removeAll();
        for (Step s : Step.values()) {
            ListItem item = new ListItem(getTranslation("firstRun.step." + s.name()));
            if (s == to) {
                item.getStyle().set("font-weight", "700").set("color", "var(--lumo-primary-text-color)");
            }
            steps.add(item);
        }
        content.removeAll();
        content.add(new H3(getTranslation("firstRun.step." + to.name())));
        content.add(new Paragraph(getTranslation("firstRun.help." + to.name())));
        content.add(
                switch (to) {
                    case IDENTITY -> identityStep();
                    case OFFICERS -> officersStep();
                    default -> importStep(to);
                });
        back.setEnabled(to.ordinal() > 0);
        skip.setVisible(to.ordinal() < Step.values().length - 1);
        next.setText(getTranslation(to.ordinal() == Step.values().length - 1 ? "firstRun.finish" : "firstRun.next"));
    }

    private Component identityStep() {
        identityForm = new CityIdentityForm(identities.current());
        identityForm.addSaveListener(e -> identitySaved = ServiceErrors.run(
                () -> identities.save(e.input()), Map.of("name", identityForm.name, "siren", identityForm.siren)));
        return identityForm;
    }

    private Component officersStep() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("first-run-users");
        Runnable refresh = () -> {
            list.removeAll();
            users.find("", org.springframework.data.domain.PageRequest.of(0, 50))
                    .forEach(u -> list.add(new Span(u.fullName() + " (" + u.username() + ") – "
                            + getTranslation("role." + u.role().name()))));
        };
        refresh.run();
        TextField username = new TextField(getTranslation("firstRun.user.username"));
        username.setId("user-username");
        TextField fullName = new TextField(getTranslation("firstRun.user.fullName"));
        fullName.setId("user-fullname");
        EmailField email = new EmailField(getTranslation("firstRun.user.email"));
        ComboBox<Role> role = new ComboBox<>(getTranslation("firstRun.user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.OFFICER);
        PasswordField password = new PasswordField(getTranslation("firstRun.user.password"));
        password.setId("user-password");
        Button add = new Button(getTranslation("firstRun.user.add"), VaadinIcon.PLUS.create());
        add.setId("user-add");
        add.addClickListener(e -> {
            if (ServiceErrors.run(
                    () -> users.create(new NewUser(
                            username.getValue().trim(),
                            fullName.getValue().trim(),
                            email.getValue().isBlank() ? null : email.getValue().trim(),
                            role.getValue(),
                            password.getValue())),
                    Map.of("username", username, "fullName", fullName, "email", email, "password", password))) {
                Notifications.success(getTranslation("firstRun.user.added", username.getValue()));
                username.clear();
                fullName.clear();
                email.clear();
                password.clear();
                refresh.run();
            }
        });
        FormLayout form = new FormLayout(username, fullName, email, role, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        return new VerticalLayout(list, form, add);
    }

    private Component importStep(Step s) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(sample(s.sample()), new ImportPanel(imports, s.target));
        return box;
    }

    private static Anchor sample(String file) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            InputStream in = FirstRunView.class.getResourceAsStream("/samples/" + file);
            return new DownloadResponse(in, file, "text/csv", -1);
        });
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD.create());
        a.add(" " + file);
        a.setId("sample-" + file.replace(".csv", ""));
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("firstRun.title");
    }

    /** @return the steps, for tests */
    static List<Step> stepsInOrder() {
        return List.of(Step.values());
    }
}
