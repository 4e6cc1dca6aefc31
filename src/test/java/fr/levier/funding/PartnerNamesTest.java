package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Partner names for the funding screens are looked up by id batch, however many partners there are. */
@IntegrationTest
class PartnerNamesTest {

    /** More than the 10 000 partners the former in-memory filter read. */
    private static final int MANY = 10_050;

    @Autowired
    PartnerNames names;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    @AfterEach
    void removeThem() {
        jdbc.update("delete from partner where id < 0 and name like 'ZZ-PN-%'");
    }

    @Test
    void moreThanTenThousandPartnersAreAllNamed() {
        // negative ids never collide with the sequence; names sort after every real partner's
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= MANY; i++) {
            String name = "ZZ-PN-" + String.format("%05d", i);
            rows.add(
                    new Object[] {-i, now, now, name, PartnerType.COMPANY.name(), "ACTIVE", false, name.toLowerCase()});
        }
        jdbc.batchUpdate(
                "insert into partner (id, version, created_at, updated_at, name, type, status, invest_in_romans,"
                        + " normalized_name) values (?, 0, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        List<Long> ids = LongStream.rangeClosed(1, MANY).map(i -> -i).boxed().toList();

        Map<Long, PartnerSummary> found = as.call("viewer", () -> names.of(ids));

        assertThat(found.size()).isEqualTo(MANY);
        assertThat(names.name(found, (long) -MANY)).isEqualTo("ZZ-PN-10050");
        assertThat(names.name(found, -1L)).isEqualTo("ZZ-PN-00001");
        assertThat(found.get(-5000L).type()).isEqualTo(PartnerType.COMPANY);
    }
}
