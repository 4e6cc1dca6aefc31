package fr.levier.partner.api;

import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partners (organisations) of the network. */
@RestController
@RequestMapping("/api/partners")
@Tag(name = "Partners")
@PreAuthorize("hasRole('VIEWER')")
class PartnerController {

    private final PartnerService partners;

    PartnerController(PartnerService partners) {
        this.partners = partners;
    }

    @GetMapping
    @Operation(summary = "Partners matching the filters, paged (sort by name, town, type…)")
    PagedModel<PartnerSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) PartnerType type,
            @RequestParam(required = false) RelationshipStatus status,
            @ParameterObject Pageable pageable) {
        return new PagedModel<>(partners.find(new PartnerFilter(q, type, status), pageable));
    }
}
