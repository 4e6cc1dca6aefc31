package fr.levier.partner.api;

import fr.levier.partner.importing.*;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of partners and contacts from CSV/XLSX: upload, dry run with a column mapping, apply. Same
 * rules and messages as the import screen.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
@PreAuthorize("hasRole('OFFICER')")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a CSV or XLSX file (multipart 'file'); returns the headers and the suggested mapping")
    ImportUpload upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam ImportTarget target,
            @RequestParam(required = false) String mapping)
            throws IOException {
        return imports.upload(target, file.getOriginalFilename(), file.getBytes(), mapping);
    }

    @PostMapping(
            consumes = {
                "text/csv",
                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload a file as the raw request body (fileName tells CSV from XLSX)")
    ImportUpload uploadRaw(
            @RequestBody byte[] body,
            @RequestParam ImportTarget target,
            @RequestParam String fileName,
            @RequestParam(required = false) String mapping) {
        return imports.upload(target, fileName, body, mapping);
    }

    @PostMapping("/{id}/dry-run")
    @Operation(
            summary =
                    "Dry run: what each line would do. Body: field → column header (optional: keeps the suggested mapping);"
                            + " existing=UPDATE (default) or SKIP for the lines of partners whose SIRET, or contacts whose"
                            + " e-mail, already exist")
    ImportReport dryRun(
            @PathVariable String id,
            @RequestBody(required = false) Map<String, String> mapping,
            @RequestParam(required = false) ExistingRecords existing) {
        return imports.dryRun(id, mapping, existing);
    }

    @GetMapping("/{id}/values")
    @Operation(
            summary =
                    "Value mapping: each distinct value of the mapped coded columns (type, status, consent, yes/no…) with its count, the proposed known value and the choice made")
    List<ImportValue> values(@PathVariable String id) {
        return imports.values(id);
    }

    @PutMapping("/{id}/values")
    @Operation(
            summary =
                    "Choose values. Body: field → (value as written → code, or \"\" to decline it and refuse its lines); the next dry run uses them")
    List<ImportValue> chooseValues(@PathVariable String id, @RequestBody Map<String, Map<String, String>> choices) {
        return imports.chooseValues(id, choices);
    }

    @PostMapping("/{id}/apply")
    @Operation(summary = "Apply the dry run exactly, all or nothing; the report's state says DONE or FAILED")
    ImportReport apply(@PathVariable String id) {
        return imports.apply(id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Discard an import that is not being applied (it no longer counts towards the cap of imports in progress)")
    void discard(@PathVariable String id) {
        imports.discard(id);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Report and progress of an import")
    ImportReport get(@PathVariable String id) {
        return imports.report(id);
    }

    @PostMapping("/{id}/mapping")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Save the import's mapping under a name")
    void saveMapping(@PathVariable String id, @RequestParam String name) {
        imports.saveMapping(id, name);
    }

    @GetMapping("/mappings")
    @Operation(summary = "Names of the saved mappings")
    List<String> mappings(@RequestParam ImportTarget target) {
        return imports.savedMappings(target);
    }
}
