package fr.levier.project;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A file attached to a project, stored in the database (size and type checked by the service). */
@Entity
@Table(name = "project_document")
class ProjectDocument extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    /** The length makes MariaDB's dialect expect LONGBLOB (the column type of changeset 021). */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 1_000_000_000)
    private byte[] content;

    protected ProjectDocument() {}

    ProjectDocument(Long projectId, String fileName, String contentType, byte[] content) {
        this.projectId = projectId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
    }

    Long getProjectId() {
        return projectId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}
