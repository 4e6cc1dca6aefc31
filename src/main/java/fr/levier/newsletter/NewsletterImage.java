package fr.levier.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image uploaded for newsletters, served publicly under a random id so mail clients can show it. */
@Entity
@Table(name = "newsletter_image")
class NewsletterImage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_image_seq")
    @SequenceGenerator(name = "newsletter_image_seq", sequenceName = "newsletter_image_seq", allocationSize = 50)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 40)
    private String publicId;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Lob
    @Column(nullable = false, length = 1_000_000_000) // LONGBLOB on MariaDB
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    protected NewsletterImage() {}

    NewsletterImage(String publicId, String contentType, byte[] content, Instant createdAt, String createdBy) {
        this.publicId = publicId;
        this.contentType = contentType;
        this.content = content;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}
