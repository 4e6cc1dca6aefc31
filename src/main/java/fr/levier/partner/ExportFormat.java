package fr.levier.partner;

/** File formats of list exports. */
public enum ExportFormat {
    /** UTF-8 CSV with BOM and {@code ;} separators, as French Excel opens it. */
    CSV("text/csv;charset=UTF-8", "csv"),
    /** Excel workbook. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** @return the MIME type */
    public String contentType() {
        return contentType;
    }

    /** @return the file extension */
    public String extension() {
        return extension;
    }
}
