package fr.levier.project;

/**
 * A document's bytes, for download.
 *
 * @param fileName    original file name
 * @param contentType MIME type
 * @param content     the bytes
 */
public record DocumentContent(String fileName, String contentType, byte[] content) {}
