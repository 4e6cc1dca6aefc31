package fr.levier.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import fr.levier.partner.SiretRules;
import fr.levier.shared.ui.FrenchDatePicker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The identity form of a partner. It owns its Binder and only produces a {@link PartnerDraft}; the
 * caller saves it through the service, which checks again and whose refusals land on the fields.
 */
class PartnerForm extends FormLayout {

    /** Mutable bean for the Binder. */
    static final class Bean {
        String name;
        String legalForm;
        PartnerType type;
        String siret;
        String nafCode;
        String street;
        String postcode;
        String town;
        String website;
        Integer headcount;
        String tags;
        RelationshipStatus status = RelationshipStatus.PROSPECT;
        String officer;
        boolean investInRomans;
        LocalDate memberSince;
        String memberLevel;
        BigDecimal memberFee;
        String notes;
        Long version;
    }

    final TextField name = new TextField();
    final TextField legalForm = new TextField();
    final ComboBox<PartnerType> type = new ComboBox<>();
    final TextField siret = new TextField();
    final TextField nafCode = new TextField();
    final TextField street = new TextField();
    final TextField postcode = new TextField();
    final TextField town = new TextField();
    final TextField website = new TextField();
    final IntegerField headcount = new IntegerField();
    final TextField tags = new TextField();
    final ComboBox<RelationshipStatus> status = new ComboBox<>();
    final ComboBox<String> officer = new ComboBox<>();
    final Checkbox investInRomans = new Checkbox();
    final FrenchDatePicker memberSince = new FrenchDatePicker("");
    final TextField memberLevel = new TextField();
    final BigDecimalField memberFee = new BigDecimalField();
    final TextArea notes = new TextArea();
    private final Binder<Bean> binder = new Binder<>();
    private Bean bean = new Bean();

    PartnerForm(List<String> officers) {
        label(name, "partners.name");
        label(legalForm, "partner.legalForm");
        label(type, "partners.type");
        label(siret, "partner.siret");
        label(nafCode, "partner.naf");
        label(street, "partner.street");
        label(postcode, "partner.postcode");
        label(town, "partners.town");
        label(website, "partner.website");
        label(headcount, "partner.headcount");
        label(tags, "partner.tags");
        label(status, "partners.status");
        label(officer, "partners.officer");
        investInRomans.setLabel(getTranslation("partner.investInRomans"));
        label(memberSince, "partner.memberSince");
        label(memberLevel, "partner.memberLevel");
        label(memberFee, "partner.memberFee");
        label(notes, "partner.notes");
        name.setId("partner-name");
        siret.setId("partner-siret");
        town.setId("partner-town");
        type.setId("partner-type");
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(t -> getTranslation("partnerType." + t.name()));
        status.setItems(RelationshipStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("relationship." + s.name()));
        officer.setItems(officers);
        officer.setClearButtonVisible(true);
        siret.setHelperText(getTranslation("partner.siret.help"));
        tags.setHelperText(getTranslation("partner.tags.help"));
        memberFee.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));

        binder.forField(name).asRequired(getTranslation("validation.required")).bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(legalForm).bind(b -> b.legalForm, (b, v) -> b.legalForm = v);
        binder.forField(type).asRequired(getTranslation("validation.required")).bind(b -> b.type, (b, v) -> b.type = v);
        binder.forField(siret)
                .withValidator(
                        v -> v == null || v.isBlank() || SiretRules.isValid(SiretRules.clean(v)),
                        getTranslation("partner.error.siret"))
                .bind(b -> b.siret, (b, v) -> b.siret = v);
        binder.forField(nafCode).bind(b -> b.nafCode, (b, v) -> b.nafCode = v);
        binder.forField(street).bind(b -> b.street, (b, v) -> b.street = v);
        binder.forField(postcode).bind(b -> b.postcode, (b, v) -> b.postcode = v);
        binder.forField(town).bind(b -> b.town, (b, v) -> b.town = v);
        binder.forField(website).bind(b -> b.website, (b, v) -> b.website = v);
        binder.forField(headcount).bind(b -> b.headcount, (b, v) -> b.headcount = v);
        binder.forField(tags).bind(b -> b.tags, (b, v) -> b.tags = v);
        binder.forField(status)
                .asRequired(getTranslation("validation.required"))
                .bind(b -> b.status, (b, v) -> b.status = v);
        binder.forField(officer).bind(b -> b.officer, (b, v) -> b.officer = v);
        binder.forField(investInRomans).bind(b -> b.investInRomans, (b, v) -> b.investInRomans = v);
        binder.forField(memberSince).bind(b -> b.memberSince, (b, v) -> b.memberSince = v);
        binder.forField(memberLevel).bind(b -> b.memberLevel, (b, v) -> b.memberLevel = v);
        binder.forField(memberFee).bind(b -> b.memberFee, (b, v) -> b.memberFee = v);
        binder.forField(notes).bind(b -> b.notes, (b, v) -> b.notes = v);

        add(name, 2);
        add(
                type,
                legalForm,
                siret,
                nafCode,
                street,
                postcode,
                town,
                website,
                headcount,
                tags,
                status,
                officer,
                investInRomans,
                memberSince,
                memberLevel,
                memberFee);
        add(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        binder.readBean(bean);
    }

    private void label(Component field, String key) {
        field.getElement().setProperty("label", getTranslation(key));
    }

    void read(PartnerDraft d) {
        bean = new Bean();
        bean.name = d.name();
        bean.legalForm = d.legalForm();
        bean.type = d.type();
        bean.siret = d.siret();
        bean.nafCode = d.nafCode();
        bean.street = d.street();
        bean.postcode = d.postcode();
        bean.town = d.town();
        bean.website = d.website();
        bean.headcount = d.headcount();
        bean.tags = d.tags();
        bean.status = d.status();
        bean.officer = d.officerUsername();
        bean.investInRomans = d.investInRomans();
        bean.memberSince = d.memberSince();
        bean.memberLevel = d.memberLevel();
        bean.memberFee = d.memberFee();
        bean.notes = d.notes();
        bean.version = d.version();
        binder.readBean(bean);
    }

    /** @return the draft when the form is valid, otherwise {@code null} (errors shown on the fields) */
    PartnerDraft write() {
        if (!binder.writeBeanIfValid(bean)) {
            return null;
        }
        Bean b = bean;
        return new PartnerDraft(
                b.name,
                b.legalForm,
                b.type,
                b.siret,
                b.nafCode,
                b.street,
                b.postcode,
                b.town,
                b.website,
                b.headcount,
                b.tags,
                b.status,
                b.officer,
                b.investInRomans,
                b.memberSince,
                b.memberLevel,
                b.memberFee,
                b.notes,
                b.version);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** @return fields by the names the service uses in its refusals */
    Map<String, HasValidation> fields() {
        return Map.of(
                "name",
                name,
                "siret",
                siret,
                "type",
                type,
                "town",
                town,
                "headcount",
                headcount,
                "memberFee",
                memberFee);
    }
}
