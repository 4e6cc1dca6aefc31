package fr.levier.funding;

import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import fr.levier.shared.identity.CityIdentitySource;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mécénat receipts (CGI art. 238 bis): for money (or goods) actually received, at the date received,
 * never on award. The city chooses one receipt per payment or one per donor and year
 * ({@code levier.receipts.mode}); receipts are numbered in an unbroken yearly sequence (the year's
 * counter row is locked while numbering), carry the amount in words and the nature of the gift, and
 * name form CERFA n° 16216 when the donor is a company. A payment is covered by one receipt at most;
 * a receipt is cancelled with a reason, never deleted. Parrainage (a sale of advertising, subject to
 * VAT) gets an invoice, not a receipt.
 */
@Service
public class MecenatReceiptService {

    private final CommitmentRepository commitments;
    private final PaymentClaimRepository claims;
    private final MecenatReceiptRepository receipts;
    private final ReceiptCounterRepository counters;
    private final PartnerService partners;
    private final CityIdentitySource city;
    private final Clock clock;
    private final ReceiptSummary.Mode mode;

    MecenatReceiptService(
            CommitmentRepository commitments,
            PaymentClaimRepository claims,
            MecenatReceiptRepository receipts,
            ReceiptCounterRepository counters,
            PartnerService partners,
            CityIdentitySource city,
            Clock clock,
            @Value("${levier.receipts.mode:PER_PAYMENT}") ReceiptSummary.Mode mode) {
        this.commitments = commitments;
        this.claims = claims;
        this.receipts = receipts;
        this.counters = counters;
        this.partners = partners;
        this.city = city;
        this.clock = clock;
        this.mode = mode;
    }

    /** @return how the city issues receipts */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public ReceiptSummary.Mode mode() {
        return mode;
    }

    /** @return the receipts of a gift, cancelled ones included */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<ReceiptSummary> receipts(long commitmentId) {
        return receipts.findByCommitmentIdOrderById(commitmentId).stream()
                .map(MecenatReceipt::toSummary)
                .toList();
    }

    /**
     * Issues the receipt of one payment received (mode {@code PER_PAYMENT}).
     *
     * @param claimId the paid claim
     * @return the receipt
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER') or hasRole('FINANCE')")
    public ReceiptSummary issueForPayment(long claimId) {
        requireMode(ReceiptSummary.Mode.PER_PAYMENT);
        PaymentClaim claim = claims.findById(claimId).orElseThrow(() -> new NotFoundException("Claim " + claimId));
        Commitment c = gift(claim.getCommitmentId());
        if (claim.getStatus() != ClaimStatus.PAID) {
            throw new BusinessRuleException("claimId", Messages.get("receipt.error.notReceived"));
        }
        if (claim.getReceiptId() != null) {
            throw new BusinessRuleException("claimId", Messages.get("receipt.error.alreadyIssued"));
        }
        return issue(c, List.of(claim), claim.getCashedOn().getYear());
    }

    /**
     * Issues the yearly receipt of a gift: every payment received in the year not yet covered (mode
     * {@code PER_YEAR}).
     *
     * @param commitmentId the gift
     * @param year         the calendar year
     * @return the receipt
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER') or hasRole('FINANCE')")
    public ReceiptSummary issueForYear(long commitmentId, int year) {
        requireMode(ReceiptSummary.Mode.PER_YEAR);
        Commitment c = gift(commitmentId);
        List<PaymentClaim> paid = claims.findByCommitmentIdAndStatusOrderById(commitmentId, ClaimStatus.PAID).stream()
                .filter(k -> k.getCashedOn().getYear() == year)
                .toList();
        if (paid.isEmpty()) {
            throw new BusinessRuleException("year", Messages.get("receipt.error.notReceived"));
        }
        if (paid.stream().anyMatch(k -> k.getReceiptId() != null)) {
            throw new BusinessRuleException("year", Messages.get("receipt.error.alreadyIssued"));
        }
        return issue(c, paid, year);
    }

    /**
     * Cancels a receipt with a reason; its payments can be covered again by a new receipt (new number).
     *
     * @param receiptId the receipt
     * @param reason    why (required)
     * @return the receipt
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER') or hasRole('FINANCE')")
    public ReceiptSummary cancel(long receiptId, String reason) {
        String why = Money.requireReason(reason);
        MecenatReceipt r = load(receiptId);
        commitments.lockById(r.getCommitmentId());
        if (r.isCancelled()) {
            throw new BusinessRuleException("status", Messages.get("receipt.error.cancelled"));
        }
        r.cancel(LocalDate.now(clock), why);
        for (PaymentClaim k : claims.findByReceiptId(receiptId)) {
            k.setReceiptId(null);
        }
        return receipts.saveAndFlush(r).toSummary();
    }

    private ReceiptSummary issue(Commitment c, List<PaymentClaim> paid, int year) {
        BigDecimal amount = paid.stream().map(PaymentClaim::getCashedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate from = paid.stream()
                .map(PaymentClaim::getCashedOn)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate to = paid.stream()
                .map(PaymentClaim::getCashedOn)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        ReceiptCounter counter =
                counters.lockCounter(year).orElseGet(() -> counters.saveAndFlush(new ReceiptCounter(year)));
        int number = counter.next();
        boolean inKind = c.getKind() == CommitmentKind.IN_KIND;
        MecenatReceipt r = receipts.saveAndFlush(new MecenatReceipt(
                c.getId(),
                year,
                number,
                amount,
                from,
                to,
                inKind ? ReceiptSummary.Nature.IN_KIND : ReceiptSummary.Nature.CASH,
                inKind ? c.getTitle() : null,
                LocalDate.now(clock)));
        for (PaymentClaim k : paid) {
            k.setReceiptId(r.getId());
        }
        claims.flush();
        return r.toSummary();
    }

    /** The gift behind a receipt: mécénat in money or in kind, awarded, counterparts within 25 %; locked. */
    private Commitment gift(long commitmentId) {
        Commitment c = commitments
                .lockById(commitmentId)
                .orElseThrow(() -> new NotFoundException("Commitment " + commitmentId));
        if (c.getKind() == CommitmentKind.SPONSORSHIP) {
            throw new BusinessRuleException(Messages.get("receipt.error.sponsoring"));
        }
        if (c.getKind() != CommitmentKind.MECENAT && c.getKind() != CommitmentKind.IN_KIND) {
            throw new BusinessRuleException(Messages.get("receipt.error.notMecenat"));
        }
        if (c.getAmountAwarded() != null
                && MecenatCheck.evaluate(c.getAmountAwarded(), c.getCounterpartValue())
                        .sponsoring()) {
            throw new BusinessRuleException(Messages.get("receipt.error.sponsoring"));
        }
        return c;
    }

    private void requireMode(ReceiptSummary.Mode wanted) {
        if (mode != wanted) {
            throw new BusinessRuleException("mode", Messages.get("receipt.error.mode." + mode.name()));
        }
    }

    /**
     * The receipt as a PDF restating the fields of the official form.
     *
     * @param receiptId the receipt
     * @return the PDF bytes
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER') or hasRole('FINANCE')")
    public byte[] pdf(long receiptId) {
        ReceiptSummary r = load(receiptId).toSummary();
        Commitment c = commitments.findById(r.commitmentId()).orElseThrow();
        PartnerSummary donor = partners.get(c.getPartnerId()).orElseThrow();
        var identity = city.current();
        Locale fr = Locale.FRENCH;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 9, Font.ITALIC);
        boolean company = donor.type() == PartnerType.COMPANY || donor.type() == PartnerType.BANK;
        Paragraph head = new Paragraph(
                company
                        ? "Reçu des dons et versements effectués par les entreprises"
                        : "Reçu au titre des dons à certains organismes d'intérêt général",
                title);
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        Paragraph sub = new Paragraph(
                company
                        ? "Article 238 bis du code général des impôts – données du formulaire CERFA n° 16216"
                        : "Article 238 bis du code général des impôts",
                small);
        sub.setAlignment(Element.ALIGN_CENTER);
        doc.add(sub);
        if (r.cancelledOn() != null) {
            doc.add(new Paragraph(
                    "ANNULÉ le " + FrenchFormats.date(r.cancelledOn()) + " : " + r.cancelReason(), title));
        }
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph("Numéro d'ordre du reçu : " + r.reference()));
        doc.add(new Paragraph(" "));
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setWidths(new float[] {2, 3});
        row(t, "Organisme bénéficiaire", identity.name());
        row(t, "Qualité de l'organisme", "Collectivité territoriale (commune)");
        row(t, company ? "Entreprise donatrice" : "Donateur", donor.name());
        row(t, "SIREN / SIRET", donor.siret() == null ? "" : donor.siret());
        row(t, "Commune", donor.town() == null ? "" : donor.town());
        row(t, "Objet du don", c.getTitle());
        row(t, "Montant", FrenchFormats.money(r.amount(), fr));
        row(t, "Somme en toutes lettres", r.amountInWords());
        row(
                t,
                r.receivedFrom().equals(r.receivedTo()) ? "Date du versement" : "Versements reçus du … au …",
                r.receivedFrom().equals(r.receivedTo())
                        ? FrenchFormats.date(r.receivedFrom())
                        : FrenchFormats.date(r.receivedFrom()) + " – " + FrenchFormats.date(r.receivedTo()));
        row(t, "Forme du don", "Don manuel / versement");
        row(
                t,
                "Nature du don",
                r.nature() == ReceiptSummary.Nature.CASH
                        ? "Numéraire"
                        : "En nature (valorisation : " + FrenchFormats.money(r.amount(), fr) + ")"
                                + (r.inKindDescription() == null ? "" : " – " + r.inKindDescription()));
        doc.add(t);
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph(
                "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction "
                        + "d'impôt prévue à l'article 238 bis du code général des impôts."));
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph("Fait le " + FrenchFormats.date(r.issuedOn())));
        doc.add(new Paragraph("Signature et qualité du signataire :"));
        doc.close();
        return out.toByteArray();
    }

    private MecenatReceipt load(long id) {
        return receipts.findById(id).orElseThrow(() -> new NotFoundException("Receipt " + id));
    }

    private static void row(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, new Font(Font.HELVETICA, 10, Font.BOLD)));
        l.setPadding(5);
        t.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value, new Font(Font.HELVETICA, 10)));
        v.setPadding(5);
        t.addCell(v);
    }
}
