package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.util.List;
import java.util.Map;

/**
 * An uploaded file, read and ready to be mapped.
 *
 * @param id               job id, for the dry run and apply
 * @param target           partners or contacts
 * @param fileName         file name
 * @param format           CSV or XLSX
 * @param encoding         detected encoding (CSV)
 * @param separator        detected separator (CSV), as text
 * @param headers          column headers
 * @param sample           first rows (at most 5)
 * @param rowCount         number of data rows
 * @param suggestedMapping field name → header recognised automatically (or from the saved mapping)
 * @param savedMappings    names of the saved mappings of this target
 */
public record ImportUpload(
        String id,
        ImportTarget target,
        String fileName,
        String format,
        String encoding,
        String separator,
        List<String> headers,
        List<List<String>> sample,
        int rowCount,
        Map<String, String> suggestedMapping,
        List<String> savedMappings) {}
