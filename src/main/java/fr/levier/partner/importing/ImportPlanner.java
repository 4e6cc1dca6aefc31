package fr.levier.partner.importing;

import fr.levier.partner.*;
import fr.levier.partner.importing.ImportJob.PlannedLine;
import fr.levier.shared.i18n.Messages;
import fr.levier.shared.i18n.Translator;
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
 * The dry run: reads every line with the mapping and decides, against the database and the lines
 * above it, whether it creates, updates, is skipped as a duplicate or is rejected (and why). Apply
 * runs the same planner again inside its transaction, so it does exactly what the report said.
 */
@Component
class ImportPlanner {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d/M/uu"));
    private static final Set<String> YES = Set.of("oui", "o", "yes", "y", "x", "1", "true", "vrai");
    private static final Set<String> NO = Set.of("non", "n", "no", "0", "false", "faux");

    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final Validator validator;
    private final Map<String, PartnerType> typeLabels = new HashMap<>();
    private final Map<String, RelationshipStatus> statusLabels = new HashMap<>();

    ImportPlanner(PartnerRepository partners, ContactRepository contacts, Validator validator) {
        this.partners = partners;
        this.contacts = contacts;
        this.validator = validator;
        for (Locale l : Translator.LOCALES) {
            for (PartnerType t : PartnerType.values()) {
                typeLabels.put(NameNormalizer.simplify(Translator.translate("partnerType." + t.name(), l)), t);
                typeLabels.put(NameNormalizer.simplify(t.name()), t);
            }
            for (RelationshipStatus s : RelationshipStatus.values()) {
                statusLabels.put(NameNormalizer.simplify(Translator.translate("relationship." + s.name(), l)), s);
                statusLabels.put(NameNormalizer.simplify(s.name()), s);
            }
        }
        typeLabels.put("epci", PartnerType.INTERCOMMUNALITY);
        typeLabels.put("societe", PartnerType.COMPANY);
        typeLabels.put("cci", PartnerType.CHAMBER);
        typeLabels.put("cma", PartnerType.CHAMBER);
    }

    /** A line's problem, reported with its message. */
    private static final class LineProblem extends RuntimeException {
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

    List<PlannedLine> plan(ImportJob job) {
        return job.target == ImportTarget.PARTNERS ? planPartners(job) : planContacts(job);
    }

    private List<PlannedLine> planPartners(ImportJob job) {
        Locale l = job.locale;
        List<PlannedLine> plan = new ArrayList<>();
        Map<String, Integer> seenSiret = new HashMap<>();
        Map<String, Integer> seenName = new HashMap<>();
        for (int r = 0; r < job.file.rows().size(); r++) {
            int line = r + 2;
            List<String> row = job.file.rows().get(r);
            Map<ImportField, String> v = values(row, job.mapping);
            String label = v.getOrDefault(ImportField.NAME, "");
            try {
                checkWidth(row, job.file.headers().size(), l);
                required(v, ImportField.PARTNERS_REQUIRED, l);
                String siret = SiretRules.clean(v.get(ImportField.SIRET));
                if (siret != null && !SiretRules.isValid(siret)) {
                    throw new LineProblem(Messages.get(l, "import.reason.siret", v.get(ImportField.SIRET)));
                }
                Optional<Partner> bySiret = siret == null ? Optional.empty() : partners.findBySiret(siret);
                PartnerDraft base = bySiret.map(p -> p.toDetails().toDraft())
                        .orElse(PartnerDraft.of(label, PartnerType.COMPANY, null));
                PartnerDraft draft = overlay(base, v, l);
                validate(draft, l);
                String nameKey =
                        NameNormalizer.organisation(draft.name()) + "|" + NameNormalizer.simplify(draft.town());
                Integer earlier =
                        siret != null && seenSiret.containsKey(siret) ? seenSiret.get(siret) : seenName.get(nameKey);
                if (earlier != null) {
                    plan.add(PlannedLine.skip(
                            line, label, Messages.get(l, "import.reason.duplicateLine", earlier), null));
                    continue;
                }
                if (siret != null) {
                    seenSiret.put(siret, line);
                }
                seenName.put(nameKey, line);
                if (bySiret.isPresent()) {
                    plan.add(PlannedLine.updatePartner(
                            line,
                            label,
                            Messages.get(
                                    l, "import.reason.updates", bySiret.get().getName()),
                            bySiret.get().getId(),
                            draft.withSiret(siret)));
                    continue;
                }
                String town = draft.town() == null ? null : NameNormalizer.simplify(draft.town());
                List<DuplicateCandidate> same =
                        partners.sameNameAndTown(NameNormalizer.organisation(draft.name()), town);
                if (!same.isEmpty()) {
                    plan.add(PlannedLine.skip(
                            line,
                            label,
                            Messages.get(
                                    l,
                                    "import.reason.duplicateExisting",
                                    same.get(0).name()),
                            same.get(0).id()));
                    continue;
                }
                plan.add(PlannedLine.createPartner(line, label, draft.withSiret(siret)));
            } catch (LineProblem e) {
                plan.add(PlannedLine.reject(line, label, e.getMessage()));
            }
        }
        return plan;
    }

    private List<PlannedLine> planContacts(ImportJob job) {
        Locale l = job.locale;
        List<PlannedLine> plan = new ArrayList<>();
        Map<String, Integer> seenEmail = new HashMap<>();
        for (int r = 0; r < job.file.rows().size(); r++) {
            int line = r + 2;
            List<String> row = job.file.rows().get(r);
            Map<ImportField, String> v = values(row, job.mapping);
            String label = (v.getOrDefault(ImportField.FIRST_NAME, "") + " "
                            + v.getOrDefault(ImportField.LAST_NAME, ""))
                    .trim();
            try {
                checkWidth(row, job.file.headers().size(), l);
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
                if (!existing.isEmpty()) {
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
                v.containsKey(ImportField.TYPE)
                        ? label(typeLabels, v.get(ImportField.TYPE), "import.reason.type", l)
                        : b.type(),
                v.getOrDefault(ImportField.SIRET, b.siret()),
                v.getOrDefault(ImportField.NAF_CODE, b.nafCode()),
                v.getOrDefault(ImportField.STREET, b.street()),
                v.getOrDefault(ImportField.POSTCODE, b.postcode()),
                v.getOrDefault(ImportField.TOWN, b.town()),
                v.getOrDefault(ImportField.WEBSITE, b.website()),
                v.containsKey(ImportField.HEADCOUNT) ? integer(v.get(ImportField.HEADCOUNT), l) : b.headcount(),
                v.getOrDefault(ImportField.TAGS, b.tags()),
                v.containsKey(ImportField.STATUS)
                        ? label(statusLabels, v.get(ImportField.STATUS), "import.reason.status", l)
                        : b.status(),
                v.getOrDefault(ImportField.OFFICER, b.officerUsername()),
                v.containsKey(ImportField.INVEST_IN_ROMANS)
                        ? bool(v.get(ImportField.INVEST_IN_ROMANS), l)
                        : b.investInRomans(),
                v.containsKey(ImportField.MEMBER_SINCE) ? date(v.get(ImportField.MEMBER_SINCE), l) : b.memberSince(),
                v.getOrDefault(ImportField.MEMBER_LEVEL, b.memberLevel()),
                v.containsKey(ImportField.MEMBER_FEE) ? number(v.get(ImportField.MEMBER_FEE), l) : b.memberFee(),
                v.getOrDefault(ImportField.NOTES, b.notes()),
                null);
    }

    private ContactDraft overlay(ContactDraft b, Map<ImportField, String> v, Locale l) {
        return new ContactDraft(
                v.containsKey(ImportField.CIVILITY) ? civility(v.get(ImportField.CIVILITY), l) : b.civility(),
                v.getOrDefault(ImportField.FIRST_NAME, b.firstName()),
                v.getOrDefault(ImportField.LAST_NAME, b.lastName()),
                v.getOrDefault(ImportField.JOB_TITLE, b.jobTitle()),
                v.getOrDefault(ImportField.EMAIL, b.email()),
                v.getOrDefault(ImportField.EMAIL2, b.email2()),
                v.getOrDefault(ImportField.PHONE, b.phone()),
                v.getOrDefault(ImportField.MOBILE, b.mobile()),
                v.containsKey(ImportField.LANGUAGE) ? language(v.get(ImportField.LANGUAGE)) : b.language(),
                v.containsKey(ImportField.CONSENT) ? consent(v.get(ImportField.CONSENT), l) : b.consentStatus(),
                v.containsKey(ImportField.CONSENT_DATE) ? date(v.get(ImportField.CONSENT_DATE), l) : b.consentDate(),
                v.getOrDefault(ImportField.CONSENT_SOURCE, b.consentSource() == null ? "import" : b.consentSource()),
                b.legalBasis() == null ? LegalBasis.LEGITIMATE_INTEREST : b.legalBasis(),
                v.containsKey(ImportField.DO_NOT_CONTACT)
                        ? bool(v.get(ImportField.DO_NOT_CONTACT), l)
                        : b.doNotContact(),
                null);
    }

    private static Map<ImportField, String> values(List<String> row, Map<ImportField, Integer> mapping) {
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

    private static <E> E label(Map<String, E> labels, String text, String key, Locale l) {
        E e = labels.get(NameNormalizer.simplify(text));
        if (e == null) {
            throw new LineProblem(Messages.get(l, key, text));
        }
        return e;
    }

    private static BigDecimal number(String text, Locale l) {
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

    private static boolean bool(String text, Locale l) {
        String s = NameNormalizer.simplify(text);
        if (YES.contains(s)) {
            return true;
        }
        if (NO.contains(s)) {
            return false;
        }
        throw new LineProblem(Messages.get(l, "import.reason.boolean", text));
    }

    private static Civility civility(String text, Locale l) {
        return switch (NameNormalizer.simplify(text).replace(" ", "")) {
            case "mme", "madame", "mrs", "ms", "mlle", "mademoiselle" -> Civility.MME;
            case "m", "mr", "monsieur" -> Civility.M;
            default -> throw new LineProblem(Messages.get(l, "import.reason.civility", text));
        };
    }

    private static ConsentStatus consent(String text, Locale l) {
        String s = NameNormalizer.simplify(text);
        if (YES.contains(s) || s.startsWith("accept") || s.equals("granted") || s.equals("consent")) {
            return ConsentStatus.GRANTED;
        }
        if (NO.contains(s) || s.startsWith("refus") || s.equals("refused")) {
            return ConsentStatus.REFUSED;
        }
        if (s.startsWith("retir") || s.startsWith("desinscrit") || s.equals("withdrawn") || s.equals("unsubscribed")) {
            return ConsentStatus.WITHDRAWN;
        }
        throw new LineProblem(Messages.get(l, "import.reason.consent", text));
    }

    private static String language(String text) {
        String s = NameNormalizer.simplify(text);
        return s.startsWith("en") || s.startsWith("angl") ? "en" : "fr";
    }
}
