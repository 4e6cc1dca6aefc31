package fr.levier.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerKey;
import fr.levier.partner.PartnerPage;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** How the partner grid reads its pages: keyset while it scrolls on in name order, offset otherwise. */
class PartnerPagesTest {

    private final PartnerService service = mock(PartnerService.class);
    private final PartnerPages pages = new PartnerPages(service);
    private final PartnerFilter filter = new PartnerFilter("orion", PartnerType.COMPANY, null);

    private static List<PartnerSummary> rows(int from, int count) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> new PartnerSummary(
                        (long) i,
                        String.format("Partner %05d", i),
                        PartnerType.COMPANY,
                        null,
                        null,
                        RelationshipStatus.ACTIVE,
                        null,
                        false,
                        null,
                        0L))
                .toList();
    }

    private static Query<PartnerSummary, Void> query(int offset, List<QuerySortOrder> sort) {
        return new Query<>(offset, 50, sort, null, null);
    }

    @Test
    void scrollingOnInNameOrderSeeksAfterTheLastRowOfThePreviousPage() {
        when(service.after(eq(filter), isNull(), eq(false), eq(50))).thenReturn(rows(0, 50));
        when(service.after(eq(filter), eq(new PartnerKey("Partner 00049", 49)), eq(false), eq(50)))
                .thenReturn(rows(50, 50));

        assertThat(pages.fetch(filter, query(0, List.of())).toList()).hasSize(50);
        assertThat(pages.fetch(filter, query(50, List.of())).map(PartnerSummary::id))
                .first()
                .isEqualTo(50L);
        verify(service, never()).rows(any(), any());
    }

    @Test
    void aJumpAnotherSortOrAnotherFilterFallsBackToTheOffset() {
        when(service.after(any(), any(), anyBoolean(), anyInt())).thenReturn(rows(0, 50));
        when(service.rows(any(), any())).thenReturn(rows(500, 50));
        pages.fetch(filter, query(0, List.of()));

        pages.fetch(filter, query(500, List.of()));
        verify(service).rows(filter, PageRequest.of(10, 50));

        pages.fetch(filter, query(50, List.of(new QuerySortOrder("town", SortDirection.ASCENDING))));
        verify(service, times(2)).rows(eq(filter), any(Pageable.class));

        PartnerFilter other = new PartnerFilter("valence", null, null);
        pages.fetch(other, query(50, List.of()));
        verify(service).rows(eq(other), any(Pageable.class));
    }

    @Test
    void descendingNameOrderSeeksBackwards() {
        when(service.after(eq(filter), isNull(), eq(true), eq(50))).thenReturn(rows(0, 50));
        pages.fetch(filter, query(0, List.of(new QuerySortOrder("name", SortDirection.DESCENDING))));
        pages.fetch(filter, query(50, List.of(new QuerySortOrder("name", SortDirection.DESCENDING))));
        verify(service).after(filter, new PartnerKey("Partner 00049", 49), true, 50);
    }

    @Test
    void theCountIsReadOncePerFilterWithTheFirstPageUntilForgotten() {
        when(service.firstPage(filter, false, PartnerPages.FIRST_PAGE)).thenReturn(new PartnerPage(rows(0, 50), 1234L));
        assertThat(pages.count(filter)).isEqualTo(1234L);
        assertThat(pages.count(filter)).isEqualTo(1234L);
        verify(service, times(1)).firstPage(filter, false, PartnerPages.FIRST_PAGE);
        pages.forget();
        pages.count(filter);
        verify(service, times(2)).firstPage(filter, false, PartnerPages.FIRST_PAGE);
        verify(service, never()).count(any());
    }

    @Test
    void theListOpensWithOneCallTheFirstPageComingWithTheCount() {
        when(service.firstPage(filter, false, PartnerPages.FIRST_PAGE)).thenReturn(new PartnerPage(rows(0, 50), 1234L));
        when(service.after(eq(filter), eq(new PartnerKey("Partner 00049", 49)), eq(false), eq(50)))
                .thenReturn(rows(50, 50));

        assertThat(pages.count(filter)).isEqualTo(1234L);
        assertThat(pages.fetch(filter, query(0, List.of())).map(PartnerSummary::id))
                .hasSize(50)
                .first()
                .isEqualTo(0L);
        // the page read with the count is handed over once; scrolling on seeks after its last row
        assertThat(pages.fetch(filter, query(50, List.of())).map(PartnerSummary::id))
                .first()
                .isEqualTo(50L);
        verify(service, never()).after(eq(filter), isNull(), anyBoolean(), anyInt());

        when(service.after(eq(filter), isNull(), eq(false), eq(50))).thenReturn(rows(0, 50));
        pages.fetch(filter, query(0, List.of()));
        verify(service, times(1)).after(eq(filter), isNull(), eq(false), eq(50));
    }

    @Test
    void aShortListIsWhollyInTheFirstPageAndAnotherOrderReadsItsOwn() {
        when(service.firstPage(filter, false, PartnerPages.FIRST_PAGE)).thenReturn(new PartnerPage(rows(0, 7), 7L));
        when(service.after(eq(filter), isNull(), eq(true), eq(50)))
                .thenReturn(rows(0, 7).reversed());

        pages.count(filter);
        assertThat(pages.fetch(filter, query(0, List.of(new QuerySortOrder("name", SortDirection.DESCENDING))))
                        .map(PartnerSummary::id))
                .first()
                .isEqualTo(6L);
        verify(service).after(filter, null, true, 50);
        pages.forget();
        pages.count(filter);
        assertThat(pages.fetch(filter, query(0, List.of())).toList()).hasSize(7);
        verify(service, never()).after(eq(filter), isNull(), eq(false), anyInt());
    }
}
