package fr.levier.reporting;

/** The export formats of a report, with their media type and file extension. */
public enum ReportFormat {
    /** Excel workbook (streamed). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** PDF, landscape A4. */
    PDF("application/pdf", "pdf"),
    /** CSV for French Excel: UTF-8 with BOM, semicolons, decimal commas. */
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** @return the media type */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file extension, without dot */
    public String extension() {
        return extension;
    }
}
