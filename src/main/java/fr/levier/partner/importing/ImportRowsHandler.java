package fr.levier.partner.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Provider of an import target owned by another module (projects, commitments: the funding module
 * implements it through its public services, so every co-financing rule runs). The import module keeps
 * the file, the column and value mapping, the jobs and the report; the handler decides line by line.
 */
public interface ImportRowsHandler {

    /** @return the target handled */
    ImportTarget target();

    /** @return the coded fields of this target and their known values */
    Map<ImportField, ValueVocabulary> vocabularies();

    /**
     * Runs the rows. Dry run ({@code apply == false}): decides each line against the database as it would
     * be after the lines above it, and writes nothing that stays. Apply: writes the rows, all or nothing,
     * throwing on the first failure.
     *
     * @param rows   the lines, in file order (on apply: only those the dry run accepted)
     * @param locale language of the messages
     * @param apply  whether to write
     * @return one report line per row, and warnings about the whole file (floor, lapse per project)
     */
    Result run(List<ImportRow> rows, Locale locale, boolean apply);

    /**
     * What a run decided.
     *
     * @param lines    one per row
     * @param warnings about the whole file
     */
    record Result(List<ImportLine> lines, List<String> warnings) {}
}
