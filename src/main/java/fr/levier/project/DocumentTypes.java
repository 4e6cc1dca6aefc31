package fr.levier.project;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The allow-list of attachment types: PDF, images and office files. The type is decided from the
 * file extension and confirmed by the file's first bytes, never from what the browser announces.
 */
final class DocumentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"));

    private DocumentTypes() {}

    /**
     * @param fileName the file's name
     * @param content  its bytes
     * @return the MIME type when allowed and the content matches the extension, empty otherwise
     */
    static Optional<String> check(String fileName, byte[] content) {
        if (fileName == null || !fileName.contains(".")) {
            return Optional.empty();
        }
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = BY_EXTENSION.get(ext);
        if (type == null || !magicMatches(ext, content)) {
            return Optional.empty();
        }
        return Optional.of(type);
    }

    private static boolean magicMatches(String ext, byte[] c) {
        return switch (ext) {
            case "pdf" -> starts(c, 0x25, 0x50, 0x44, 0x46);
            case "png" -> starts(c, 0x89, 0x50, 0x4E, 0x47);
            case "jpg", "jpeg" -> starts(c, 0xFF, 0xD8, 0xFF);
            case "docx", "xlsx", "pptx", "odt", "ods" -> starts(c, 0x50, 0x4B, 0x03, 0x04);
            case "doc", "xls" -> starts(c, 0xD0, 0xCF, 0x11, 0xE0);
            default -> false;
        };
    }

    private static boolean starts(byte[] c, int... magic) {
        if (c.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((c[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
