package fr.levier.bench;

import fr.levier.partner.NameNormalizer;
import fr.levier.partner.PartnerType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Fills a Levier database (schema already migrated by Liquibase) with a large, realistic data set,
 * deterministic from a seed: partners with search tokens, contacts with affiliations, projects,
 * commitments split across projects (allocations) with payment claims, and interactions. Plain JDBC,
 * multi-row inserts, ids above everything already there (sequences are moved past them afterwards).
 */
public final class DataGenerator {

    /** Row counts of one generated data set. */
    public record Scale(int partners, int contacts, int projects, int commitments, int interactions) {

        /** The full size multiplied by {@code factor} (1.0 = 100 000 partners, 1 000 000 commitments). */
        public static Scale of(double factor) {
            return new Scale(
                    (int) (100_000 * factor),
                    (int) (300_000 * factor),
                    Math.max(10, (int) (20_000 * factor)),
                    (int) (1_000_000 * factor),
                    (int) (2_000_000 * factor));
        }
    }

    /** What was written: rows per table and elapsed seconds. */
    public record Result(Map<String, Long> rows, double seconds) {

        /** All rows written. */
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Rows per second over the whole load. */
        public double rowsPerSecond() {
            return total() / seconds;
        }
    }

    /** The id of the project that receives {@link #BIG_PLAN_COMMITMENTS} commitments (the "big plan"). */
    public static final String BIG_PLAN_CODE = "BENCH-PLAN-200";

    /** Commitments allocated to the big-plan project. */
    public static final int BIG_PLAN_COMMITMENTS = 200;

    /** Words of generated organisation names (shared with the partner search benchmark). */
    public static final List<String> WORDS = List.of(
            "Atelier",
            "Tannerie",
            "Chaussures",
            "Bâtiment",
            "Énergies",
            "Logistique",
            "Numérique",
            "Conseil",
            "Imprimerie",
            "Menuiserie",
            "Transports",
            "Biscuiterie",
            "Textile",
            "Solaire",
            "Horizon",
            "Galaxie",
            "Pégase",
            "Orion",
            "Mistral",
            "Vercors",
            "Isère",
            "Drôme",
            "Rhône",
            "Cuir",
            "Forge",
            "Verger");
    /** Towns of generated organisations (shared with the partner search benchmark). */
    public static final List<String> TOWNS = List.of(
            "Romans-sur-Isère",
            "Valence",
            "Lyon",
            "Grenoble",
            "Paris",
            "Die",
            "Peyrins",
            "Annecy",
            "Nîmes",
            "Bourg-de-Péage",
            "Crest",
            "Montélimar");

    private static final String[] POSTCODES = {
        "26100", "26000", "69001", "38000", "75001", "26150", "26380", "74000", "30000", "26300", "26400", "26200"
    };
    private static final String[] FIRST = {
        "Marie",
        "Jean",
        "Sophie",
        "Pierre",
        "Camille",
        "Luc",
        "Claire",
        "Nicolas",
        "Julie",
        "Thomas",
        "Anne",
        "Marc",
        "Élodie",
        "François",
        "Inès",
        "Hugo"
    };
    private static final String[] LAST = {
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefèvre",
        "Michel",
        "Garcia",
        "Chabert",
        "de La Tour",
        "Roux"
    };
    private static final String[] OFFICERS = {"officer", "admin", "agent1", "agent2", "agent3", "agent4", "agent5"};
    private static final String[] KINDS = {
        "GRANT", "GRANT", "GRANT", "GRANT", "MECENAT", "SPONSORSHIP", "IN_KIND", "LOAN"
    };
    private static final String[] STATUSES = {
        "IDENTIFIED",
        "REQUESTED",
        "COMPLETE",
        "AWARDED",
        "AWARDED",
        "CONVENTION_SIGNED",
        "PARTIALLY_PAID",
        "PAID",
        "REFUSED",
        "LAPSED"
    };
    private static final String[] PROJECT_STATUSES = {"STUDY", "INSTRUCTING", "APPROVED", "IN_PROGRESS", "COMPLETED"};
    private static final String[] INTERACTION_KINDS = {"MEETING", "CALL", "EMAIL", "EVENT", "VISIT"};
    private static final PartnerType[] PRIVATE_TYPES = {
        PartnerType.COMPANY, PartnerType.BANK, PartnerType.FOUNDATION, PartnerType.ASSOCIATION
    };
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private final DataSource dataSource;
    private final SplittableRandom random;

    public DataGenerator(DataSource dataSource, long seed) {
        this.dataSource = dataSource;
        this.random = new SplittableRandom(seed);
    }

    /** Writes one data set of the given scale and returns what was written. */
    public Result generate(Scale scale) throws SQLException {
        long start = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            boolean mariadb = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("maria");
            c.setAutoCommit(false);
            if (mariadb) {
                try (Statement s = c.createStatement()) {
                    s.execute("set foreign_key_checks = 0");
                    s.execute("set unique_checks = 0");
                }
            }
            long partner0 = nextId(c, "partner");
            long contact0 = nextId(c, "contact");
            long affiliation0 = nextId(c, "affiliation");
            long project0 = nextId(c, "project");
            long commitment0 = nextId(c, "commitment");
            long allocation0 = nextId(c, "allocation");
            long claim0 = nextId(c, "payment_claim");
            long interaction0 = nextId(c, "interaction");
            List<Long> programmes = programmeIds(c);

            partners(c, scale, partner0, rows);
            c.commit();
            contacts(c, scale, partner0, contact0, affiliation0, rows);
            c.commit();
            projects(c, scale, project0, rows);
            c.commit();
            commitments(c, scale, partner0, project0, commitment0, allocation0, claim0, programmes, rows);
            c.commit();
            // funding's per-project rollup of the new projects (ADR 010 §15), in one INSERT … SELECT
            try (Statement s = c.createStatement()) {
                s.execute("delete from project_funding_rollup where project_id >= " + project0);
                s.execute(fr.levier.funding.FundingRollupSql.insert("and a.project_id >= " + project0));
                s.execute("delete from project_funding_sum where project_id >= " + project0);
                s.execute(fr.levier.funding.FundingRollupSql.insertProjectSums("and r.project_id >= " + project0));
            }
            c.commit();
            interactions(c, scale, partner0, project0, interaction0, rows);
            c.commit();
            for (String table : List.of(
                    "partner",
                    "contact",
                    "affiliation",
                    "project",
                    "commitment",
                    "allocation",
                    "payment_claim",
                    "interaction")) {
                moveSequencePastIds(c, table);
            }
            if (mariadb) {
                try (Statement s = c.createStatement()) {
                    s.execute("set foreign_key_checks = 1");
                    s.execute("set unique_checks = 1");
                    for (String table : List.of("partner", "contact", "commitment", "allocation", "project")) {
                        s.execute("analyze table " + table);
                    }
                }
            }
            c.commit();
        }
        return new Result(rows, (System.nanoTime() - start) / 1e9);
    }

    private void partners(Connection c, Scale scale, long id0, Map<String, Long> rows) throws SQLException {
        PartnerType[] types = PartnerType.values();
        try (BulkInsert p = BulkInsert.entity(
                        c,
                        "partner",
                        "name",
                        "type",
                        "siret",
                        "town",
                        "postcode",
                        "status",
                        "officer_username",
                        "invest_in_romans",
                        "normalized_name",
                        "normalized_town");
                BulkInsert t = new BulkInsert(c, "partner_search_token", "partner_id", "token")) {
            for (int i = 0; i < scale.partners(); i++) {
                long id = id0 + i;
                String name = pick(WORDS) + " " + pick(WORDS) + " " + (i + 1);
                int town = random.nextInt(TOWNS.size());
                // companies, banks, foundations and associations are most of a real network
                PartnerType type = random.nextInt(100) < 60
                        ? PRIVATE_TYPES[random.nextInt(PRIVATE_TYPES.length)]
                        : types[random.nextInt(types.length)];
                p.addEntity(
                        id,
                        name,
                        type.name(),
                        siret(i),
                        TOWNS.get(town),
                        POSTCODES[town],
                        pick(new String[] {"PROSPECT", "ACTIVE", "ACTIVE", "DORMANT", "FORMER"}),
                        pick(OFFICERS),
                        random.nextInt(4) == 0,
                        NameNormalizer.organisation(name),
                        NameNormalizer.simplify(TOWNS.get(town)));
                java.util.Set<String> tokens = new java.util.LinkedHashSet<>(NameNormalizer.tokens(name));
                tokens.addAll(NameNormalizer.tokens(TOWNS.get(town)));
                for (String token : tokens) {
                    t.add(id, token);
                }
            }
            p.close();
            t.close();
            rows.put("partner", p.rows());
            rows.put("partner_search_token", t.rows());
        }
    }

    private void contacts(Connection c, Scale scale, long partner0, long id0, long affiliation0, Map<String, Long> rows)
            throws SQLException {
        try (BulkInsert k = BulkInsert.entity(
                        c,
                        "contact",
                        "civility",
                        "first_name",
                        "last_name",
                        "normalized_first",
                        "normalized_last",
                        "job_title",
                        "email",
                        "phone",
                        "language",
                        "consent_status",
                        "consent_date",
                        "consent_source",
                        "legal_basis",
                        "do_not_contact");
                BulkInsert a = BulkInsert.entity(c, "affiliation", "contact_id", "partner_id", "role", "start_date")) {
            for (int i = 0; i < scale.contacts(); i++) {
                long id = id0 + i;
                String first = pick(FIRST);
                String last = pick(LAST);
                boolean granted = random.nextInt(3) > 0;
                k.addEntity(
                        id,
                        random.nextBoolean() ? "MME" : "M",
                        first,
                        last,
                        NameNormalizer.simplify(first),
                        NameNormalizer.simplify(last),
                        "Chargé de mission",
                        "c" + i + "@bench" + (i % 997) + ".example.fr",
                        "04 75 00 " + two(i / 100) + " " + two(i),
                        "fr",
                        granted ? "GRANTED" : "UNKNOWN",
                        granted ? TODAY.minusDays(i % 900) : null,
                        granted ? "import" : null,
                        granted ? "CONSENT" : "LEGITIMATE_INTEREST",
                        false);
                a.addEntity(
                        affiliation0 + i, id, partner0 + (i % scale.partners()), "Contact", TODAY.minusDays(i % 2000));
            }
            k.close();
            a.close();
            rows.put("contact", k.rows());
            rows.put("affiliation", a.rows());
        }
    }

    private void projects(Connection c, Scale scale, long id0, Map<String, Long> rows) throws SQLException {
        try (BulkInsert p = BulkInsert.entity(
                c,
                "project",
                "code",
                "name",
                "officer_username",
                "status",
                "total_cost_excl_tax",
                "total_cost_incl_tax",
                "eligible_expense",
                "city_funding",
                "city_owner",
                "lead_body",
                "opened_on",
                "submitted_on",
                "decided_on",
                "notified_on",
                "works_started_on")) {
            for (int i = 0; i < scale.projects(); i++) {
                BigDecimal cost = euros(200_000 + random.nextInt(20_000_000));
                BigDecimal eligible = cost.multiply(new BigDecimal("0.90")).setScale(2, RoundingMode.HALF_UP);
                BigDecimal city = cost.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP);
                LocalDate opened = TODAY.minusDays(30 + random.nextInt(2500));
                String code = i == 0 ? BIG_PLAN_CODE : "BENCH-" + (i + 1);
                p.addEntity(
                        id0 + i,
                        code,
                        "Projet " + pick(WORDS) + " " + (i + 1),
                        pick(OFFICERS),
                        pick(PROJECT_STATUSES),
                        cost,
                        cost.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP),
                        eligible,
                        city,
                        true,
                        false,
                        opened,
                        opened.plusDays(30),
                        opened.plusDays(120),
                        opened.plusDays(130),
                        random.nextBoolean() ? opened.plusDays(300) : null);
            }
            p.close();
            rows.put("project", p.rows());
        }
    }

    private void commitments(
            Connection c,
            Scale scale,
            long partner0,
            long project0,
            long id0,
            long allocation0,
            long claim0,
            List<Long> programmes,
            Map<String, Long> rows)
            throws SQLException {
        long allocationId = allocation0;
        long claimId = claim0;
        try (BulkInsert k = BulkInsert.entity(
                        c,
                        "commitment",
                        "partner_id",
                        "programme_id",
                        "title",
                        "kind",
                        "status",
                        "amount_requested",
                        "amount_awarded",
                        "opened_on",
                        "submitted_on",
                        "decided_on",
                        "notified_on",
                        "works_started_on",
                        "extension_granted",
                        // the money totals funding keeps on the commitment (ADR 010 §13), from the claim below
                        "claimed_total",
                        "cashed_total",
                        "open_claims_total");
                BulkInsert a = BulkInsert.entity(c, "allocation", "commitment_id", "project_id", "amount");
                BulkInsert cl = BulkInsert.entity(
                        c,
                        "payment_claim",
                        "commitment_id",
                        "type",
                        "status",
                        "amount",
                        "sent_on",
                        "cashed_amount",
                        "cashed_on")) {
            for (int i = 0; i < scale.commitments(); i++) {
                long id = id0 + i;
                String kind = pick(KINDS);
                String status = pick(STATUSES);
                boolean awarded = !List.of("IDENTIFIED", "REQUESTED", "COMPLETE", "REFUSED")
                        .contains(status);
                BigDecimal requested = euros(5_000 + random.nextInt(800_000));
                BigDecimal award = awarded ? requested : null;
                LocalDate opened = TODAY.minusDays(10 + random.nextInt(2200));
                Long programme = "GRANT".equals(kind) && !programmes.isEmpty() && random.nextBoolean()
                        ? programmes.get(random.nextInt(programmes.size()))
                        : null;
                boolean claimed = awarded && !"AWARDED".equals(status);
                BigDecimal advance = claimed
                        ? award.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.DOWN)
                        : BigDecimal.ZERO.setScale(2);
                boolean cashed = claimed && !"CONVENTION_SIGNED".equals(status);
                k.addEntity(
                        id,
                        partner0 + random.nextInt(scale.partners()),
                        programme,
                        "Engagement " + (i + 1),
                        kind,
                        status,
                        requested,
                        award,
                        opened,
                        opened.plusDays(20),
                        awarded ? opened.plusDays(110) : null,
                        awarded ? opened.plusDays(120) : null,
                        awarded && random.nextBoolean() ? opened.plusDays(200) : null,
                        false,
                        advance,
                        cashed ? advance : BigDecimal.ZERO.setScale(2),
                        cashed ? BigDecimal.ZERO.setScale(2) : advance);
                // the first 200 commitments all fund the big-plan project; the others one or two projects
                BigDecimal base = award == null ? requested : award;
                if (i < BIG_PLAN_COMMITMENTS) {
                    a.addEntity(allocationId++, id, project0, base);
                } else if (i % 3 == 0 && scale.projects() > 2) {
                    BigDecimal half = base.divide(BigDecimal.TWO, 2, RoundingMode.DOWN);
                    long p1 = project0 + 1 + random.nextInt(scale.projects() - 1);
                    long p2 = p1 + 1 < project0 + scale.projects() ? p1 + 1 : project0 + 1;
                    a.addEntity(allocationId++, id, p1, half);
                    a.addEntity(allocationId++, id, p2, base.subtract(half));
                } else {
                    a.addEntity(
                            allocationId++, id, project0 + 1 + random.nextInt(Math.max(1, scale.projects() - 1)), base);
                }
                if (claimed) {
                    LocalDate sent = opened.plusDays(210);
                    cl.addEntity(
                            claimId++,
                            id,
                            "ADVANCE",
                            cashed ? "PAID" : "SENT",
                            advance,
                            sent,
                            cashed ? advance : null,
                            cashed ? sent.plusDays(45) : null);
                }
            }
            k.close();
            a.close();
            cl.close();
            rows.put("commitment", k.rows());
            rows.put("allocation", a.rows());
            rows.put("payment_claim", cl.rows());
        }
    }

    private void interactions(Connection c, Scale scale, long partner0, long project0, long id0, Map<String, Long> rows)
            throws SQLException {
        try (BulkInsert k = BulkInsert.entity(
                c, "interaction", "partner_id", "kind", "occurred_on", "subject", "summary", "project_id")) {
            for (int i = 0; i < scale.interactions(); i++) {
                k.addEntity(
                        id0 + i,
                        partner0 + random.nextInt(scale.partners()),
                        pick(INTERACTION_KINDS),
                        TODAY.minusDays(random.nextInt(1500)),
                        "Échange " + (i + 1),
                        "Compte rendu de l'échange sur le projet",
                        random.nextInt(4) == 0 ? project0 + random.nextInt(scale.projects()) : null);
            }
            k.close();
            rows.put("interaction", k.rows());
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            // far above the sequence's current block so the application's own ids never collide
            return rs.getLong(1) + 1_000_000L;
        }
    }

    private static void moveSequencePastIds(Connection c, String table) throws SQLException {
        long max;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            max = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter sequence " + table + "_seq restart with " + (max + 1000));
        }
    }

    private static List<Long> programmeIds(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id from funding_programme order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A SIRET with a valid Luhn key, unique per index (SIREN 7xxxxxxxK + NIC 00011 adjusted). */
    static String siret(int index) {
        String siren8 = String.format(Locale.ROOT, "7%07d", index);
        String siren = siren8 + luhnKey(siren8);
        String nic4 = "0001";
        return siren + nic4 + luhnKey(siren + nic4);
    }

    private static int luhnKey(String digits) {
        for (int k = 0; k < 10; k++) {
            if (luhnValid(digits + k)) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhnValid(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int d = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private BigDecimal euros(int whole) {
        return BigDecimal.valueOf(whole)
                .add(BigDecimal.valueOf(random.nextInt(100), 2))
                .setScale(2);
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", Math.abs(n) % 100);
    }
}
