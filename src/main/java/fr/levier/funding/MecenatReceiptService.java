package fr.levier.funding;

import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data of the receipt for gifts by companies (CERFA n° 16216, "reçu des dons et versements
 * effectués par les entreprises au titre de l'article 238 bis du CGI") as a PDF, for a mécénat whose
 * counterparts stay within 25 %. The document restates the form's fields; the official form itself is
 * filled from it.
 */
@Service
public class MecenatReceiptService {

    private static final String CITY = "Ville de Romans-sur-Isère";
    private static final String CITY_ADDRESS = "Place Jules Nadi, 26100 Romans-sur-Isère";

    private final CommitmentRepository commitments;
    private final PaymentClaimRepository claims;
    private final PartnerService partners;
    private final Clock clock;

    MecenatReceiptService(
            CommitmentRepository commitments, PaymentClaimRepository claims, PartnerService partners, Clock clock) {
        this.commitments = commitments;
        this.claims = claims;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * Produces the receipt data of a mécénat.
     *
     * @param commitmentId a mécénat commitment, awarded
     * @return the PDF bytes
     * @throws BusinessRuleException when it is not a mécénat, not awarded, or its counterparts make it parrainage
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER') or hasRole('FINANCE')")
    public byte[] receipt(long commitmentId) {
        Commitment c = commitments
                .findById(commitmentId)
                .orElseThrow(() -> new NotFoundException("Commitment " + commitmentId));
        if (c.getKind() != CommitmentKind.MECENAT) {
            throw new BusinessRuleException(Messages.get("receipt.error.notMecenat"));
        }
        if (!c.getStatus().isAwarded() || c.getAmountAwarded() == null) {
            throw new BusinessRuleException(Messages.get("receipt.error.notAwarded"));
        }
        MecenatCheck.Result check = MecenatCheck.evaluate(c.getAmountAwarded(), c.getCounterpartValue());
        if (check.sponsoring()) {
            throw new BusinessRuleException(Messages.get("receipt.error.sponsoring"));
        }
        PartnerSummary donor = partners.get(c.getPartnerId()).orElseThrow();
        BigDecimal cashed = claims.cashed(c.getId());
        Locale fr = Locale.FRENCH;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
        Font small = new Font(Font.HELVETICA, 9, Font.ITALIC);
        Paragraph head = new Paragraph("Reçu des dons et versements effectués par les entreprises", title);
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        Paragraph sub = new Paragraph(
                "Article 238 bis du code général des impôts – données du formulaire CERFA n° 16216", small);
        sub.setAlignment(Element.ALIGN_CENTER);
        doc.add(sub);
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph("Numéro d'ordre du reçu : " + receiptNumber(c)));
        doc.add(new Paragraph(" "));
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setWidths(new float[] {2, 3});
        row(t, "Organisme bénéficiaire", CITY);
        row(t, "Adresse", CITY_ADDRESS);
        row(t, "Qualité de l'organisme", "Collectivité territoriale (commune)");
        row(t, "Entreprise donatrice", donor.name());
        row(t, "SIREN / SIRET", donor.siret() == null ? "" : donor.siret());
        row(t, "Commune", donor.town() == null ? "" : donor.town());
        row(t, "Objet du don", c.getTitle());
        row(t, "Montant du don", FrenchFormats.money(c.getAmountAwarded(), fr));
        row(t, "Somme en toutes lettres", "");
        row(t, "Montant encaissé à ce jour", FrenchFormats.money(cashed, fr));
        row(
                t,
                "Date du versement",
                c.dates().decidedOn() == null
                        ? ""
                        : FrenchFormats.date(c.dates().decidedOn()));
        row(t, "Forme du don", "Numéraire");
        row(t, "Nature du don", "Versement au titre du mécénat");
        row(
                t,
                "Contreparties (valorisées)",
                FrenchFormats.money(c.getCounterpartValue() == null ? BigDecimal.ZERO : c.getCounterpartValue(), fr)
                        + (check.counterpartPct() == null
                                ? ""
                                : " (" + FrenchFormats.number(check.counterpartPct(), fr)
                                        + " % du don, plafond 25 %)"));
        doc.add(t);
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph(
                "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction "
                        + "d'impôt prévue à l'article 238 bis du code général des impôts."));
        doc.add(new Paragraph(" "));
        doc.add(new Paragraph("Fait à Romans-sur-Isère, le " + FrenchFormats.date(LocalDate.now(clock))));
        doc.add(new Paragraph("Signature et qualité du signataire :"));
        doc.close();
        return out.toByteArray();
    }

    /** @return the receipt's order number, e.g. {@code M-2026-00042} */
    static String receiptNumber(Commitment c) {
        int year = c.dates().decidedOn() != null
                ? c.dates().decidedOn().getYear()
                : c.getCreatedAt().atZone(java.time.ZoneOffset.UTC).getYear();
        return "M-" + year + "-" + String.format(Locale.ROOT, "%05d", c.getId());
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
