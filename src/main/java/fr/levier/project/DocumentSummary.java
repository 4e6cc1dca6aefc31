package fr.levier.project;

import java.time.Instant;

/**
 * A document attached to a project, without its content.
 *
 * @param id          database id
 * @param fileName    original file name
 * @param contentType MIME type
 * @param sizeBytes   size
 * @param uploadedBy  who attached it
 * @param uploadedAt  when
 */
public record DocumentSummary(
        Long id, String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {}
