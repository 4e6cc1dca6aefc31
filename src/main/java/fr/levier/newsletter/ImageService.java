package fr.levier.newsletter;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.i18n.Messages;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Images uploaded for newsletters (PNG, JPEG, GIF, {@value #MAX_BYTES} bytes at most), served publicly. */
@Service
public class ImageService {

    /** Largest image accepted: mail clients and mobile data plans dislike heavy images. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/gif");

    /**
     * An image as served.
     *
     * @param contentType its MIME type
     * @param content     its bytes
     */
    public record Image(String contentType, byte[] content) {}

    private final NewsletterImageRepository images;
    private final UnsubscribeLinks links;
    private final Clock clock;

    ImageService(NewsletterImageRepository images, UnsubscribeLinks links, Clock clock) {
        this.images = images;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Stores an image and returns its public address, to put in a newsletter.
     *
     * @param contentType MIME type (PNG, JPEG or GIF)
     * @param bytes       the image
     * @return its absolute URL
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public String store(String contentType, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new BusinessRuleException(Messages.get("campaign.imageTooBig"));
        }
        if (contentType == null || !TYPES.contains(contentType) || !looksLikeImage(bytes)) {
            throw new BusinessRuleException(Messages.get("campaign.imageType"));
        }
        String id = UnsubscribeLinks.newId();
        images.save(new NewsletterImage(
                id,
                contentType,
                bytes,
                clock.instant(),
                SecurityContextHolder.getContext().getAuthentication().getName()));
        return links.base() + "/newsletter/images/" + id;
    }

    /** @return the image with that public id, for anyone (it is in e-mails) */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<Image> find(String publicId) {
        return images.findByPublicId(publicId).map(i -> new Image(i.getContentType(), i.getContent()));
    }

    /** PNG, JPEG or GIF signature: the declared type alone is not trusted. */
    static boolean looksLikeImage(byte[] b) {
        if (b.length < 4) {
            return false;
        }
        boolean png = (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        boolean jpeg = (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
        boolean gif = b[0] == 'G' && b[1] == 'I' && b[2] == 'F';
        return png || jpeg || gif;
    }
}
