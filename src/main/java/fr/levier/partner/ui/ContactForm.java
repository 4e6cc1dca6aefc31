package fr.levier.partner.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.levier.partner.Civility;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.ContactDraft;
import fr.levier.partner.LegalBasis;
import fr.levier.partner.PhoneNumbers;
import fr.levier.shared.ui.FrenchDatePicker;
import java.time.LocalDate;
import java.util.Map;

/** The contact form: owns its Binder, produces a {@link ContactDraft}; phones are shown the French way. */
class ContactForm extends FormLayout {

    /** Mutable bean for the Binder. */
    static final class Bean {
        Civility civility;
        String firstName;
        String lastName;
        String jobTitle;
        String email;
        String email2;
        String phone;
        String mobile;
        String language = "fr";
        ConsentStatus consent = ConsentStatus.UNKNOWN;
        LocalDate consentDate;
        String consentSource;
        LegalBasis legalBasis;
        boolean doNotContact;
        Long version;
    }

    final ComboBox<Civility> civility = new ComboBox<>();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField jobTitle = new TextField();
    final EmailField email = new EmailField();
    final EmailField email2 = new EmailField();
    final TextField phone = new TextField();
    final TextField mobile = new TextField();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<ConsentStatus> consent = new ComboBox<>();
    final FrenchDatePicker consentDate = new FrenchDatePicker("");
    final TextField consentSource = new TextField();
    final ComboBox<LegalBasis> legalBasis = new ComboBox<>();
    final Checkbox doNotContact = new Checkbox();
    private final Binder<Bean> binder = new Binder<>();
    private Bean bean = new Bean();

    ContactForm() {
        civility.setLabel(getTranslation("contact.civility"));
        civility.setItems(Civility.values());
        civility.setItemLabelGenerator(c -> getTranslation("civility." + c.name()));
        firstName.setLabel(getTranslation("contact.firstName"));
        lastName.setLabel(getTranslation("contact.lastName"));
        lastName.setId("contact-last-name");
        firstName.setId("contact-first-name");
        jobTitle.setLabel(getTranslation("contact.jobTitle"));
        email.setLabel(getTranslation("contact.email"));
        email.setId("contact-email");
        email2.setLabel(getTranslation("contact.email2"));
        phone.setLabel(getTranslation("contact.phone"));
        phone.setId("contact-phone");
        mobile.setLabel(getTranslation("contact.mobile"));
        language.setLabel(getTranslation("contact.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        consent.setLabel(getTranslation("contact.consent"));
        consent.setItems(ConsentStatus.values());
        consent.setItemLabelGenerator(c -> getTranslation("consent." + c.name()));
        consentDate.setLabel(getTranslation("contact.consentDate"));
        consentSource.setLabel(getTranslation("contact.consentSource"));
        legalBasis.setLabel(getTranslation("contact.legalBasis"));
        legalBasis.setItems(LegalBasis.values());
        legalBasis.setItemLabelGenerator(b -> getTranslation("legalBasis." + b.name()));
        legalBasis.setClearButtonVisible(true);
        doNotContact.setLabel(getTranslation("contact.doNotContact"));

        binder.forField(civility).bind(b -> b.civility, (b, v) -> b.civility = v);
        binder.forField(firstName).bind(b -> b.firstName, (b, v) -> b.firstName = v);
        binder.forField(lastName)
                .asRequired(getTranslation("validation.required"))
                .bind(b -> b.lastName, (b, v) -> b.lastName = v);
        binder.forField(jobTitle).bind(b -> b.jobTitle, (b, v) -> b.jobTitle = v);
        binder.forField(email).bind(b -> b.email, (b, v) -> b.email = v);
        binder.forField(email2).bind(b -> b.email2, (b, v) -> b.email2 = v);
        binder.forField(phone)
                .withValidator(PhoneNumbers::isValid, getTranslation("contact.error.phone"))
                .bind(b -> PhoneNumbers.display(b.phone), (b, v) -> b.phone = v);
        binder.forField(mobile)
                .withValidator(PhoneNumbers::isValid, getTranslation("contact.error.phone"))
                .bind(b -> PhoneNumbers.display(b.mobile), (b, v) -> b.mobile = v);
        binder.forField(language).bind(b -> b.language, (b, v) -> b.language = v);
        binder.forField(consent)
                .asRequired(getTranslation("validation.required"))
                .bind(b -> b.consent, (b, v) -> b.consent = v);
        binder.forField(consentDate).bind(b -> b.consentDate, (b, v) -> b.consentDate = v);
        binder.forField(consentSource).bind(b -> b.consentSource, (b, v) -> b.consentSource = v);
        binder.forField(legalBasis).bind(b -> b.legalBasis, (b, v) -> b.legalBasis = v);
        binder.forField(doNotContact).bind(b -> b.doNotContact, (b, v) -> b.doNotContact = v);

        add(
                civility,
                jobTitle,
                firstName,
                lastName,
                email,
                email2,
                phone,
                mobile,
                language,
                consent,
                consentDate,
                consentSource,
                legalBasis,
                doNotContact);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        binder.readBean(bean);
    }

    void read(ContactDraft d) {
        bean = new Bean();
        bean.civility = d.civility();
        bean.firstName = d.firstName();
        bean.lastName = d.lastName();
        bean.jobTitle = d.jobTitle();
        bean.email = d.email();
        bean.email2 = d.email2();
        bean.phone = d.phone();
        bean.mobile = d.mobile();
        bean.language = d.language();
        bean.consent = d.consentStatus();
        bean.consentDate = d.consentDate();
        bean.consentSource = d.consentSource();
        bean.legalBasis = d.legalBasis();
        bean.doNotContact = d.doNotContact();
        bean.version = d.version();
        binder.readBean(bean);
    }

    /** @return the draft when valid, otherwise {@code null} */
    ContactDraft write() {
        if (!binder.writeBeanIfValid(bean)) {
            return null;
        }
        Bean b = bean;
        return new ContactDraft(
                b.civility,
                b.firstName,
                b.lastName,
                b.jobTitle,
                b.email,
                b.email2,
                b.phone,
                b.mobile,
                b.language,
                b.consent,
                b.consentDate,
                b.consentSource,
                b.legalBasis,
                b.doNotContact,
                b.version);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    Map<String, HasValidation> fields() {
        return Map.of(
                "lastName",
                lastName,
                "firstName",
                firstName,
                "email",
                email,
                "email2",
                email2,
                "phone",
                phone,
                "mobile",
                mobile);
    }
}
