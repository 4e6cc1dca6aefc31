package fr.levier.newsletter;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewsletterImageRepository extends JpaRepository<NewsletterImage, Long> {

    Optional<NewsletterImage> findByPublicId(String publicId);
}
