package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.util.List;
import java.util.Map;

/**
 * The state of an import: its mapping, the dry-run report line by line, and the progress of apply.
 *
 * @param id        job id
 * @param target    partners or contacts
 * @param fileName  uploaded file name
 * @param state     where it stands
 * @param mapping   field name → column header used
 * @param creates   lines to create
 * @param updates   lines to update
 * @param skips     lines skipped as duplicates
 * @param rejects   lines rejected
 * @param processed lines applied so far
 * @param toApply   lines to apply (creates + updates)
 * @param lines     every line of the report
 * @param error     why apply failed, when it did
 * @param warnings  about the whole file: columns ignored, floor and lapse warnings per project
 * @param existing  what the lines of records that already exist do: update them or skip them
 */
public record ImportReport(
        String id,
        ImportTarget target,
        String fileName,
        ImportState state,
        Map<String, String> mapping,
        int creates,
        int updates,
        int skips,
        int rejects,
        int processed,
        int toApply,
        List<ImportLine> lines,
        String error,
        List<String> warnings,
        ExistingRecords existing) {}
