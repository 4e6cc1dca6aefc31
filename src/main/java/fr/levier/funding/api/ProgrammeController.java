package fr.levier.funding.api;

import fr.levier.funding.ProgrammeCatalogueService;
import fr.levier.funding.ProgrammeInput;
import fr.levier.funding.ProgrammeSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The programme catalogue: durations and ceilings with their source text; admins edit it (audited). */
@RestController
@RequestMapping("/api/programmes")
@Tag(name = "Programme catalogue")
@PreAuthorize("hasRole('VIEWER')")
class ProgrammeController {

    private final ProgrammeCatalogueService catalogue;

    ProgrammeController(ProgrammeCatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(
            summary = "The programme catalogue, by code",
            description =
                    "Each programme with its lapse durations (years), claim ceilings (% of the award) and the text"
                            + " they come from. null = not given (\"non renseigné / source à compléter\"): no ceiling of that"
                            + " kind is applied, the award still caps every claim.")
    List<ProgrammeSummary> list() {
        return catalogue.programmes();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One programme of the catalogue")
    ProgrammeSummary get(@PathVariable long id) {
        return catalogue.programme(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Adds a programme (admin); its source text is required, unknown values are left null")
    ProgrammeSummary create(@Valid @RequestBody ProgrammeInput input) {
        return catalogue.create(input);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Changes a programme's values and source (admin, audited); send the version you read (409 when"
                    + " stale); the code cannot change (422)")
    ProgrammeSummary update(
            @PathVariable long id, @RequestParam long version, @Valid @RequestBody ProgrammeInput input) {
        return catalogue.update(id, version, input);
    }
}
