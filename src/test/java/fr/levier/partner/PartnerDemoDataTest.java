package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The demo network has the promised shape, and partner queries filter and count in SQL. */
@IntegrationTest
class PartnerDemoDataTest {

    @Autowired
    PartnerService partners;

    @Autowired
    AsUser as;

    @Test
    void demoNetworkHasAbout220PartnersOfEveryType() {
        long total = as.call("viewer", () -> partners.count(PartnerFilter.ALL));
        // other tests of the run only add partners: the demo's ~220 are a floor, not a range
        assertThat(total).isGreaterThanOrEqualTo(200L);
        var byType = as.call("viewer", partners::countByType);
        // the kinds of organisation the demo network seeds (the import-only types come with a city's own file)
        assertThat(byType)
                .extracting(PartnerCount::type)
                .containsAll(Arrays.asList(
                        PartnerType.STATE,
                        PartnerType.REGION,
                        PartnerType.DEPARTMENT,
                        PartnerType.INTERCOMMUNALITY,
                        PartnerType.EU_BODY,
                        PartnerType.PUBLIC_AGENCY,
                        PartnerType.COMPANY,
                        PartnerType.BANK,
                        PartnerType.FOUNDATION,
                        PartnerType.ASSOCIATION,
                        PartnerType.CHAMBER));
        assertThat(byType.stream().mapToLong(PartnerCount::count).sum()).isEqualTo(total);
    }

    @Test
    void realInstitutionsAreThere() {
        var page = as.call(
                "viewer",
                () -> partners.find(new PartnerFilter("drôme", PartnerType.DEPARTMENT, null), PageRequest.of(0, 10)));
        assertThat(page.getContent()).extracting(PartnerSummary::name).contains("Département de la Drôme");
    }

    @Test
    void filterByTextTypeAndStatusAgreesWithItsCount() {
        PartnerFilter filter = new PartnerFilter("romans", null, RelationshipStatus.ACTIVE);
        var page = as.call("viewer", () -> partners.find(filter, PageRequest.of(0, 500, Sort.by("name"))));
        long count = as.call("viewer", () -> partners.count(filter));
        assertThat(page.getTotalElements()).isEqualTo(count).isPositive();
        assertThat(page.getContent()).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(RelationshipStatus.ACTIVE);
            assertThat((p.name() + " " + p.town()).toLowerCase()).contains("romans");
        });
    }
}
