package fr.levier.partner.importing;

import fr.levier.partner.*;
import fr.levier.partner.importing.ImportJob.PlannedLine;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The dry run of partner and contact files: reads every line with the column and value mapping and
 * decides, against the database and the lines above it, whether it creates, updates, is skipped as a
 * duplicate or is rejected (and why). Identity before similarity: a valid SIRET identifies (two different
 * valid SIRETs are two organisations, at most a "similar name" warning); without one, the same normalised
 * name and town is a duplicate candidate and a close name is a warning. Apply writes this plan as it is (the
 * versions of the records it read are kept on the job, see {@code PlanCheck}).
 */
@Component
class ImportPlanner {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d/M/uu"));
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile("(\\d{5})|(\\d{2} \\d{3})");

    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final Validator validator;
    private final Map<ImportField, ValueVocabulary> vocabularies = CodedFields.partnersAndContacts();

    ImportPlanner(PartnerRepository partners, ContactRepository contacts, Validator validator) {
        this.partners = partners;
        this.contacts = contacts;
        // drafts are records, not entities: the JPA "is it loaded" check of the default resolver only costs time
        // (a third of each validation, twice per line); same messages, same constraints
        this.validator = validator instanceof jakarta.validation.ValidatorFactory factory
                ? factory.usingContext()
                        .traversableResolver(new EverythingReachable())
                        .getValidator()
                : validator;
    }

    /** @return the coded fields of partner and contact files and their vocabularies */
    Map<ImportField, ValueVocabulary> vocabularies() {
        return vocabularies;
    }

    /** Every property of a draft is validated (drafts hold no lazy associations). */
    private static final class EverythingReachable implements jakarta.validation.TraversableResolver {
        @Override
        public boolean isReachable(
                Object bean,
                jakarta.validation.Path.Node node,
                Class<?> rootBeanType,
                jakarta.validation.Path path,
                java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(
                Object bean,
                jakarta.validation.Path.Node node,
                Class<?> rootBeanType,
                jakarta.validation.Path path,
                java.lang.annotation.ElementType type) {
            return true;
        }
    }

    /** A line's problem, reported with its message. */
    static final class LineProblem extends RuntimeException {
        LineProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** @return the automatic mapping: each field gets the first column whose header names it */
    static Map<ImportField, Integer> suggest(ImportTarget target, List<String> headers) {
        Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
        for (ImportField f : ImportField.of(target)) {
            for (int i = 0; i < headers.size(); i++) {
                if (f.recognises(headers.get(i)) && !mapping.containsValue(i)) {
                    mapping.put(f, i);
                    break;
                }
            }
        }
        return mapping;
    }

    /**
     * The value of a coded cell: the user's choice in the value-mapping step, else the vocabulary's
     * proposal; a value declined or unknown refuses the line.
     */
    static String code(ImportJob job, Map<ImportField, ValueVocabulary> vocabularies, ImportField field, String cell) {
        String chosen = job.valueChoices.getOrDefault(field, Map.of()).get(cell);
        String fieldLabel = Messages.get(job.locale, "importField." + field.name());
        if (chosen != null) {
            if (chosen.isEmpty()) {
                throw new LineProblem(Messages.get(job.locale, "import.reason.valueDeclined", fieldLabel, cell));
            }
            return chosen;
        }
        return vocabularies
                .get(field)
                .propose(cell)
                .orElseThrow(() ->
                        new LineProblem(Messages.get(job.locale, "import.reason.valueUnknown", fieldLabel, cell)));
    }

    /** @return the line's cells by field, coded cells replaced by their code */
    static Map<ImportField, String> coded(
            ImportJob job, Map<ImportField, ValueVocabulary> vocabularies, List<String> row) {
        Map<ImportField, String> v = values(row, job.mapping);
        for (Map.Entry<ImportField, String> e : v.entrySet()) {
            if (vocabularies.containsKey(e.getKey())) {
                e.setValue(code(job, vocabularies, e.getKey(), e.getValue()));
            }
        }
        return v;
    }

    List<PlannedLine> plan(ImportJob job) {
        return job.target == ImportTarget.PARTNERS ? planPartners(job) : planContacts(job);
    }

    /** What is known of the organisations: the database's, then the lines above. */
    private static final class Known {
        record Org(Long id, int line, String name, String normalized, String town, String siret) {}

        final Map<String, Org> bySiret = new HashMap<>();
        /** key: town | normalised name, the first organisation of that name. */
        final Map<String, Org> byName = new HashMap<>();
        /** Every organisation known, in order; the close-name index points into it. */
        final List<Org> all = new ArrayList<>();

        final CloseNameIndex close = new CloseNameIndex();
        final Map<String, Set<String>> departmentsOfTown = new HashMap<>();
        final Map<String, Long> contactByEmail = new HashMap<>();
        final Map<String, Integer> emailLine = new HashMap<>();

        void add(Org o) {
            if (o.siret() != null) {
                bySiret.putIfAbsent(o.siret(), o);
            }
            byName.putIfAbsent(key(o.normalized(), o.town()), o);
            all.add(o);
            close.add(o.town() == null ? "" : o.town(), o.normalized(), all.size() - 1);
        }

        static String key(String normalized, String town) {
            return (town == null ? "" : town) + "|" + normalized;
        }

        Optional<Org> same(String normalized, String town) {
            return Optional.ofNullable(byName.get(key(normalized, town)));
        }

        Optional<Org> similar(String normalized, String town) {
            int found = close.find(
                    town == null ? "" : town,
                    normalized,
                    i -> SimilarNames.similar(all.get(i).normalized(), normalized));
            return found < 0 ? Optional.empty() : Optional.of(all.get(found));
        }

        void department(String town, String postcode) {
            if (town != null && postcode != null && postcode.length() == 5) {
                departmentsOfTown
                        .computeIfAbsent(town, k -> new java.util.HashSet<>())
                        .add(postcode.substring(0, 2));
            }
        }
    }

    private Known known(boolean withContacts) {
        Known k = new Known();
        for (Object[] r : partners.importIndex()) {
            String town = (String) r[3];
            String normalized = r[2] != null ? (String) r[2] : NameNormalizer.organisation((String) r[1]);
            k.add(new Known.Org((Long) r[0], 0, (String) r[1], normalized, town, (String) r[4]));
            k.department(town, (String) r[5]);
        }
        if (withContacts) {
            for (Object[] r : contacts.emailIndex()) {
                for (int i = 1; i <= 2; i++) {
                    String e = Contact.emailKey((String) r[i]);
                    if (e != null) {
                        k.contactByEmail.putIfAbsent(e, (Long) r[0]);
                    }
                }
            }
        }
        return k;
    }

    private List<PlannedLine> planPartners(ImportJob job) {
        Locale l = job.locale;
        boolean withContact =
                job.mapping.keySet().stream().anyMatch(f -> f.name().startsWith("CONTACT_"));
        Known known = known(withContact);
        job.contactVersions = Map.of();
        Map<Long, PartnerDraft> existing = existingPartners(job, known);
        Map<Long, ContactDraft> existingContacts = withContact ? existingContacts(job, known) : Map.of();
        List<PlannedLine> plan = new ArrayList<>();
        for (int r = 0; r < job.file.rows().size(); r++) {
            int line = r + 2;
            List<String> row = job.file.rows().get(r);
            String label = "";
            try {
                checkWidth(row, job.file.headers().size(), l);
                Map<ImportField, String> v = coded(job, vocabularies, row);
                label = v.getOrDefault(ImportField.NAME, "");
                required(v, ImportField.PARTNERS_REQUIRED, l);
                plan.add(planPartner(job, known, existing, existingContacts, line, label, v));
            } catch (LineProblem e) {
                plan.add(PlannedLine.reject(line, label, e.getMessage()));
            }
        }
        return plan;
    }

    /** The partners the file's SIRETs name, loaded by the thousand rather than line by line. */
    private Map<Long, PartnerDraft> existingPartners(ImportJob job, Known known) {
        Integer col = job.mapping.get(ImportField.SIRET);
        List<Long> ids = new ArrayList<>();
        if (col != null) {
            for (List<String> row : job.file.rows()) {
                String siret = col < row.size() ? SiretRules.clean(row.get(col)) : null;
                Known.Org o = siret == null ? null : known.bySiret.get(siret);
                if (o != null && o.id() != null) {
                    ids.add(o.id());
                }
            }
        }
        Map<Long, PartnerDraft> drafts = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            partners.findAllById(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach(p -> {
                drafts.put(p.getId(), p.toDetails().toDraft());
                versions.put(p.getId(), p.getVersion());
            });
        }
        job.partnerVersions = versions;
        return drafts;
    }

    /** The contacts the file's e-mails name, loaded by the thousand. */
    private Map<Long, ContactDraft> existingContacts(ImportJob job, Known known) {
        Integer col = job.mapping.get(ImportField.CONTACT_EMAIL);
        List<Long> ids = new ArrayList<>();
        if (col != null) {
            for (List<String> row : job.file.rows()) {
                String email = col < row.size() ? Contact.emailKey(row.get(col)) : null;
                Long id = email == null ? null : known.contactByEmail.get(email);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        Map<Long, ContactDraft> drafts = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            contacts.findAllById(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach(c -> {
                drafts.put(c.getId(), c.toDetails().toDraft());
                versions.put(c.getId(), c.getVersion());
            });
        }
        job.contactVersions = versions;
        return drafts;
    }

    private PlannedLine planPartner(
            ImportJob job,
            Known known,
            Map<Long, PartnerDraft> existingPartners,
            Map<Long, ContactDraft> existingContacts,
            int line,
            String label,
            Map<ImportField, String> v) {
        Locale l = job.locale;
        String siret = SiretRules.clean(v.get(ImportField.SIRET));
        if (siret != null && !SiretRules.isValid(siret)) {
            throw new LineProblem(Messages.get(l, "import.reason.siret", v.get(ImportField.SIRET)));
        }
        String postcode = v.get(ImportField.POSTCODE);
        if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
            throw new LineProblem(Messages.get(l, "import.reason.postcode", postcode));
        }
        if (postcode != null) {
            v.put(ImportField.POSTCODE, postcode.replace(" ", ""));
        }
        Known.Org sameSiret = siret == null ? null : known.bySiret.get(siret);
        if (sameSiret != null && sameSiret.id() == null) {
            return PlannedLine.skip(
                    line, label, Messages.get(l, "import.reason.duplicateLine", sameSiret.line()), null);
        }
        PartnerDraft existing = sameSiret == null ? null : existingPartners.get(sameSiret.id());
        if (existing != null && job.existing == ExistingRecords.SKIP) {
            known.bySiret.put(siret, new Known.Org(null, line, existing.name(), sameSiret.normalized(), null, siret));
            return PlannedLine.skip(
                    line, label, Messages.get(l, "import.reason.existingSkipped", existing.name()), sameSiret.id());
        }
        PartnerDraft base = existing != null ? existing : PartnerDraft.of(label, PartnerType.COMPANY, null);
        PartnerDraft draft = overlay(base, v, l);
        validate(draft, l);
        String normalized = NameNormalizer.organisation(draft.name());
        String town = draft.town() == null ? null : NameNormalizer.simplify(draft.town());
        String warning = departmentWarning(known, draft, town, l);
        PlannedLine planned;
        if (existing != null) {
            planned = PlannedLine.updatePartner(
                    line,
                    label,
                    Messages.get(l, "import.reason.updates", existing.name()),
                    sameSiret.id(),
                    draft.withSiret(siret));
        } else {
            Optional<Known.Org> same = known.same(normalized, town);
            if (siret == null && same.isPresent()) {
                Known.Org o = same.get();
                return o.id() == null
                        ? PlannedLine.skip(line, label, Messages.get(l, "import.reason.duplicateLine", o.line()), null)
                        : PlannedLine.skip(
                                line, label, Messages.get(l, "import.reason.duplicateExisting", o.name()), o.id());
            }
            Optional<Known.Org> close = same.isPresent() ? same : known.similar(normalized, town);
            planned = PlannedLine.createPartner(line, label, draft.withSiret(siret));
            if (close.isPresent()) {
                String where = close.get().id() == null
                        ? Messages.get(l, "import.warning.ofLine", close.get().line())
                        : "";
                planned = planned.warn(Messages.get(
                        l,
                        siret != null && close.get().siret() != null
                                ? "import.warning.similarOtherSiret"
                                : "import.warning.similar",
                        close.get().name(),
                        where));
            }
            known.add(new Known.Org(null, line, draft.name(), normalized, town, siret));
        }
        known.department(town, draft.postcode());
        if (siret != null && sameSiret != null) {
            known.bySiret.put(siret, new Known.Org(null, line, draft.name(), normalized, town, siret));
        }
        return withContact(job, known, existingContacts, planned.warn(warning), v);
    }

    private static String departmentWarning(Known known, PartnerDraft draft, String town, Locale l) {
        String pc = draft.postcode();
        if (town == null || pc == null || pc.length() != 5) {
            return null;
        }
        Set<String> departments = known.departmentsOfTown.get(town);
        if (departments != null && !departments.contains(pc.substring(0, 2))) {
            return Messages.get(l, "import.warning.department", pc, draft.town(), String.join(", ", departments));
        }
        return null;
    }

    /** Adds the main contact written on a partner line, if any. */
    private PlannedLine withContact(
            ImportJob job,
            Known known,
            Map<Long, ContactDraft> existingContacts,
            PlannedLine planned,
            Map<ImportField, String> v) {
        Locale l = job.locale;
        if (v.keySet().stream().noneMatch(f -> f.name().startsWith("CONTACT_"))) {
            return planned;
        }
        String first = v.get(ImportField.CONTACT_FIRST_NAME);
        String last = v.get(ImportField.CONTACT_LAST_NAME);
        String civility = v.get(ImportField.CONTACT_CIVILITY);
        String splitNote = null;
        if (last == null && v.containsKey(ImportField.CONTACT_NAME)) {
            PersonNames.Split split = PersonNames.split(v.get(ImportField.CONTACT_NAME));
            first = first != null ? first : split.first();
            last = split.last();
            civility = civility != null ? civility : split.civility();
            splitNote = Messages.get(l, "import.warning.nameSplit", first == null ? "—" : first, last);
        }
        if (last == null) {
            throw new LineProblem(Messages.get(
                    l, "import.reason.required", Messages.get(l, "importField." + ImportField.CONTACT_NAME.name())));
        }
        String emailCell = v.get(ImportField.CONTACT_EMAIL);
        String email = Contact.emailKey(emailCell);
        String emailWarning = null;
        if (email != null) {
            if (!EMAIL.matcher(email).matches()) {
                throw new LineProblem(Messages.get(l, "import.reason.email", emailCell));
            }
            if (!email.substring(email.indexOf('@') + 1).contains(".")) {
                emailWarning = Messages.get(l, "import.warning.emailDomain", emailCell);
            }
        }
        for (ImportField phone : List.of(ImportField.CONTACT_PHONE, ImportField.CONTACT_MOBILE)) {
            if (!PhoneNumbers.isValid(v.get(phone))) {
                throw new LineProblem(Messages.get(l, "import.reason.phone", v.get(phone)));
            }
        }
        Long contactId = email == null ? null : known.contactByEmail.get(email);
        ContactDraft base = contactId == null ? ContactDraft.of(first, last, null) : existingContacts.get(contactId);
        if (contactId != null && job.existing == ExistingRecords.SKIP) {
            // the contact exists and the user chose not to touch existing records: only linked to the partner
            return planned.withContact(base, contactId, v.get(ImportField.CONTACT_JOB_TITLE))
                    .warn(Messages.get(l, "import.warning.contactKept", base.lastName()));
        }
        String consent = v.get(ImportField.CONTACT_CONSENT);
        ContactDraft draft = new ContactDraft(
                civility == null ? base.civility() : Civility.valueOf(civility),
                first == null ? base.firstName() : first,
                last,
                v.getOrDefault(ImportField.CONTACT_JOB_TITLE, base.jobTitle()),
                emailCell == null ? base.email() : emailCell,
                base.email2(),
                v.getOrDefault(ImportField.CONTACT_PHONE, base.phone()),
                v.getOrDefault(ImportField.CONTACT_MOBILE, base.mobile()),
                base.language(),
                consent == null ? base.consentStatus() : ConsentStatus.valueOf(consent),
                consent == null ? base.consentDate() : base.consentDate(),
                base.consentSource() == null ? "import" : base.consentSource(),
                base.legalBasis() == null ? LegalBasis.LEGITIMATE_INTEREST : base.legalBasis(),
                base.doNotContact(),
                null);
        validate(draft, l);
        String sharedNote = null;
        if (email != null && known.emailLine.containsKey(email)) {
            sharedNote = Messages.get(l, "import.warning.sameContact", known.emailLine.get(email));
        } else if (email != null) {
            known.emailLine.put(email, planned.line());
        }
        return planned.withContact(draft, contactId, v.get(ImportField.CONTACT_JOB_TITLE))
                .warn(splitNote)
                .warn(emailWarning)
                .warn(sharedNote);
    }

    private List<PlannedLine> planContacts(ImportJob job) {
        Locale l = job.locale;
        List<PlannedLine> plan = new ArrayList<>();
        Map<String, Integer> seenEmail = new HashMap<>();
        Map<Long, Long> versions = new HashMap<>();
        job.partnerVersions = Map.of();
        job.contactVersions = versions;
        for (int r = 0; r < job.file.rows().size(); r++) {
            int line = r + 2;
            List<String> row = job.file.rows().get(r);
            Map<ImportField, String> raw = values(row, job.mapping);
            String label = (raw.getOrDefault(ImportField.FIRST_NAME, "") + " "
                            + raw.getOrDefault(ImportField.LAST_NAME, ""))
                    .trim();
            try {
                checkWidth(row, job.file.headers().size(), l);
                Map<ImportField, String> v = coded(job, vocabularies, row);
                required(v, ImportField.CONTACTS_REQUIRED, l);
                String email = Contact.emailKey(v.get(ImportField.EMAIL));
                if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    throw new LineProblem(Messages.get(l, "import.reason.email", v.get(ImportField.EMAIL)));
                }
                for (ImportField phone : List.of(ImportField.PHONE, ImportField.MOBILE)) {
                    if (!PhoneNumbers.isValid(v.get(phone))) {
                        throw new LineProblem(Messages.get(l, "import.reason.phone", v.get(phone)));
                    }
                }
                Long partnerId = partnerOf(v, l);
                List<Contact> existing = email == null ? List.of() : contacts.findByAnyEmail(email);
                ContactDraft base = existing.isEmpty()
                        ? ContactDraft.of(null, v.get(ImportField.LAST_NAME), null)
                        : existing.get(0).toDetails().toDraft();
                if (!existing.isEmpty()) {
                    versions.put(existing.get(0).getId(), existing.get(0).getVersion());
                }
                ContactDraft draft = overlay(base, v, l);
                validate(draft, l);
                if (email != null && seenEmail.containsKey(email)) {
                    plan.add(PlannedLine.skip(
                            line, label, Messages.get(l, "import.reason.duplicateLine", seenEmail.get(email)), null));
                    continue;
                }
                if (email != null) {
                    seenEmail.put(email, line);
                }
                String role = v.containsKey(ImportField.ROLE) ? v.get(ImportField.ROLE) : v.get(ImportField.JOB_TITLE);
                if (!existing.isEmpty() && job.existing == ExistingRecords.SKIP) {
                    Contact c = existing.get(0);
                    plan.add(PlannedLine.skip(
                            line, label, Messages.get(l, "import.reason.existingSkipped", c.displayName()), c.getId()));
                } else if (!existing.isEmpty()) {
                    Contact c = existing.get(0);
                    plan.add(PlannedLine.updateContact(
                                    line,
                                    label,
                                    Messages.get(l, "import.reason.updates", c.displayName()),
                                    c.getId(),
                                    draft)
                            .withAffiliation(partnerId, role));
                } else {
                    plan.add(PlannedLine.createContact(line, label, draft).withAffiliation(partnerId, role));
                }
            } catch (LineProblem e) {
                plan.add(PlannedLine.reject(line, label, e.getMessage()));
            }
        }
        return plan;
    }

    private Long partnerOf(Map<ImportField, String> v, Locale l) {
        String siret = SiretRules.clean(v.get(ImportField.PARTNER_SIRET));
        if (siret != null) {
            return partners.findBySiret(siret)
                    .map(Partner::getId)
                    .orElseThrow(() -> new LineProblem(
                            Messages.get(l, "import.reason.partnerNotFound", v.get(ImportField.PARTNER_SIRET))));
        }
        String name = v.get(ImportField.PARTNER_NAME);
        if (name == null) {
            return null;
        }
        List<Partner> found = partners.findByNormalizedName(NameNormalizer.organisation(name));
        if (found.isEmpty()) {
            throw new LineProblem(Messages.get(l, "import.reason.partnerNotFound", name));
        }
        if (found.size() > 1) {
            throw new LineProblem(Messages.get(l, "import.reason.partnerAmbiguous", name));
        }
        return found.get(0).getId();
    }

    private PartnerDraft overlay(PartnerDraft b, Map<ImportField, String> v, Locale l) {
        return new PartnerDraft(
                v.getOrDefault(ImportField.NAME, b.name()),
                v.getOrDefault(ImportField.LEGAL_FORM, b.legalForm()),
                v.containsKey(ImportField.TYPE) ? PartnerType.valueOf(v.get(ImportField.TYPE)) : b.type(),
                v.getOrDefault(ImportField.SIRET, b.siret()),
                v.getOrDefault(ImportField.NAF_CODE, b.nafCode()),
                v.getOrDefault(ImportField.STREET, b.street()),
                v.getOrDefault(ImportField.POSTCODE, b.postcode()),
                v.getOrDefault(ImportField.TOWN, b.town()),
                v.getOrDefault(ImportField.WEBSITE, b.website()),
                v.containsKey(ImportField.HEADCOUNT) ? integer(v.get(ImportField.HEADCOUNT), l) : b.headcount(),
                v.getOrDefault(ImportField.TAGS, b.tags()),
                v.containsKey(ImportField.STATUS) ? RelationshipStatus.valueOf(v.get(ImportField.STATUS)) : b.status(),
                v.getOrDefault(ImportField.OFFICER, b.officerUsername()),
                v.containsKey(ImportField.INVEST_IN_ROMANS)
                        ? Boolean.parseBoolean(v.get(ImportField.INVEST_IN_ROMANS))
                        : b.investInRomans(),
                v.containsKey(ImportField.MEMBER_SINCE) ? date(v.get(ImportField.MEMBER_SINCE), l) : b.memberSince(),
                v.getOrDefault(ImportField.MEMBER_LEVEL, b.memberLevel()),
                v.containsKey(ImportField.MEMBER_FEE) ? number(v.get(ImportField.MEMBER_FEE), l) : b.memberFee(),
                v.getOrDefault(ImportField.NOTES, b.notes()),
                null);
    }

    private ContactDraft overlay(ContactDraft b, Map<ImportField, String> v, Locale l) {
        return new ContactDraft(
                v.containsKey(ImportField.CIVILITY) ? Civility.valueOf(v.get(ImportField.CIVILITY)) : b.civility(),
                v.getOrDefault(ImportField.FIRST_NAME, b.firstName()),
                v.getOrDefault(ImportField.LAST_NAME, b.lastName()),
                v.getOrDefault(ImportField.JOB_TITLE, b.jobTitle()),
                v.getOrDefault(ImportField.EMAIL, b.email()),
                v.getOrDefault(ImportField.EMAIL2, b.email2()),
                v.getOrDefault(ImportField.PHONE, b.phone()),
                v.getOrDefault(ImportField.MOBILE, b.mobile()),
                v.containsKey(ImportField.LANGUAGE) ? language(v.get(ImportField.LANGUAGE)) : b.language(),
                v.containsKey(ImportField.CONSENT)
                        ? ConsentStatus.valueOf(v.get(ImportField.CONSENT))
                        : b.consentStatus(),
                v.containsKey(ImportField.CONSENT_DATE) ? date(v.get(ImportField.CONSENT_DATE), l) : b.consentDate(),
                v.getOrDefault(ImportField.CONSENT_SOURCE, b.consentSource() == null ? "import" : b.consentSource()),
                b.legalBasis() == null ? LegalBasis.LEGITIMATE_INTEREST : b.legalBasis(),
                v.containsKey(ImportField.DO_NOT_CONTACT)
                        ? Boolean.parseBoolean(v.get(ImportField.DO_NOT_CONTACT))
                        : b.doNotContact(),
                null);
    }

    static Map<ImportField, String> values(List<String> row, Map<ImportField, Integer> mapping) {
        Map<ImportField, String> v = new EnumMap<>(ImportField.class);
        mapping.forEach((field, col) -> {
            if (col != null && col < row.size() && !row.get(col).isBlank()) {
                v.put(field, row.get(col).trim());
            }
        });
        return v;
    }

    private static void checkWidth(List<String> row, int headers, Locale l) {
        for (int i = headers; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                throw new LineProblem(Messages.get(l, "import.reason.tooManyColumns", headers, row.size()));
            }
        }
    }

    private static void required(Map<ImportField, String> v, List<ImportField> fields, Locale l) {
        for (ImportField f : fields) {
            if (!v.containsKey(f)) {
                throw new LineProblem(
                        Messages.get(l, "import.reason.required", Messages.get(l, "importField." + f.name())));
            }
        }
    }

    private void validate(Object draft, Locale l) {
        Set<ConstraintViolation<Object>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> v = violations.iterator().next();
            throw new LineProblem(
                    Messages.get(l, "import.reason.invalid", v.getPropertyPath().toString(), v.getMessage()));
        }
    }

    static BigDecimal number(String text, Locale l) {
        try {
            return FrenchNumbers.parse(text).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new LineProblem(Messages.get(l, "import.reason.number", text));
        }
    }

    private static Integer integer(String text, Locale l) {
        BigDecimal n = number(text, l);
        try {
            return n == null ? null : n.intValueExact();
        } catch (ArithmeticException e) {
            throw new LineProblem(Messages.get(l, "import.reason.number", text));
        }
    }

    static LocalDate date(String text, Locale l) {
        String t = text.trim();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new LineProblem(Messages.get(l, "import.reason.date", text));
    }

    private static String language(String text) {
        String s = NameNormalizer.simplify(text);
        return s.startsWith("en") || s.startsWith("angl") ? "en" : "fr";
    }
}
