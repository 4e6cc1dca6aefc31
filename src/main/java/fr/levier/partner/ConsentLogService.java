package fr.levier.partner;

import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent log of contacts (RGPD proof of consent and of withdrawal): read, export, and the one write
 * that the people themselves make, unsubscribing. Lines are written by {@link ContactService} and the
 * import whenever consent fields change.
 */
@Service
public class ConsentLogService {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ConsentLogRepository log;
    private final ContactRepository contacts;
    private final ConsentRecorder recorder;
    private final Clock clock;

    ConsentLogService(ConsentLogRepository log, ContactRepository contacts, ConsentRecorder recorder, Clock clock) {
        this.log = log;
        this.contacts = contacts;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * @param contactId the contact
     * @param pageable  page (newest first)
     * @return the contact's consent changes
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<ConsentEntry> history(long contactId, Pageable pageable) {
        return log.ofContact(contactId, pageable).map(ConsentLogEntry::toEntry);
    }

    /**
     * The contact's whole consent log as CSV (oldest first), e.g. to answer an access request.
     *
     * @param contactId the contact
     * @param locale    language of headers and labels
     * @return UTF-8 CSV bytes (with BOM, for spreadsheets)
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public byte[] exportCsv(long contactId, Locale locale) {
        Contact c = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("contact " + contactId));
        List<String> headers = List.of(
                t("consentLog.recordedAt", locale),
                t("consentLog.contact", locale),
                t("consentLog.previous", locale),
                t("consentLog.status", locale),
                t("contact.consentDate", locale),
                t("contact.consentSource", locale),
                t("contact.legalBasis", locale),
                t("contact.doNotContact", locale),
                t("consentLog.channel", locale),
                t("consentLog.recordedBy", locale),
                t("consentLog.note", locale));
        List<List<String>> rows = log.allOfContact(contactId).stream()
                .map(ConsentLogEntry::toEntry)
                .map(e -> List.of(
                        DATE_TIME.format(e.recordedAt().atZone(PARIS)),
                        c.displayName(),
                        e.previousStatus() == null
                                ? ""
                                : t("consent." + e.previousStatus().name(), locale),
                        t("consent." + e.status().name(), locale),
                        e.consentDate() == null ? "" : FrenchFormats.date(e.consentDate()),
                        nz(e.source()),
                        e.legalBasis() == null
                                ? ""
                                : t("legalBasis." + e.legalBasis().name(), locale),
                        t(e.doNotContact() ? "consentLog.yes" : "consentLog.no", locale),
                        t("consentChannel." + e.channel().name(), locale),
                        e.recordedBy(),
                        nz(e.note())))
                .toList();
        return ExportService.csv(headers, rows);
    }

    /**
     * The person asked to leave the newsletters (unsubscribe link or one-click): consent becomes
     * withdrawn today and the log says so. Open to anyone because only the caller can prove who the
     * person is (the newsletter module checks a signed token first) and a withdrawal can only reduce
     * what the city does with the data.
     *
     * @param contactId the contact
     * @param channel   {@link ConsentChannel#UNSUBSCRIBE_LINK}, {@link ConsentChannel#ONE_CLICK} or
     *     {@link ConsentChannel#UNSUBSCRIBE_MAIL}
     * @param note      e.g. the subject of the newsletter left from
     * @return whether the contact exists (it may have been erased since the message was sent)
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public boolean withdraw(long contactId, ConsentChannel channel, String note) {
        Contact c = contacts.findById(contactId).orElse(null);
        if (c == null) {
            return false;
        }
        ConsentState before = c.consentState();
        if (before.status() == ConsentStatus.WITHDRAWN) {
            return true;
        }
        c.withdrawConsent(LocalDate.now(clock), t("consentLog.unsubscribeSource", Locale.FRENCH));
        recorder.record(c, before, channel, "contact", note);
        return true;
    }

    private String t(String key, Locale locale) {
        return Messages.get(locale, key);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
