package fr.levier.shared.ui;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /city-logo}: the city's logo (PNG), public like the city's own website, so that the login
 * page may show it too. Cached by browsers for a day and revalidated by its ETag (the same version as the
 * {@code v} parameter of the header's URL); 404 when the city has no logo.
 */
@RestController
class CityLogoController {

    private final CityLogo logo;

    CityLogoController(CityLogo logo) {
        this.logo = logo;
    }

    @GetMapping(CityLogo.PATH)
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> logo() {
        CityLogo.Version v = logo.current();
        if (v.png() == null) {
            return ResponseEntity.notFound().build();
        }
        // Spring MVC answers 304 itself when If-None-Match carries this ETag (HttpEntityMethodProcessor)
        return ResponseEntity.ok()
                .eTag("\"" + v.tag() + "\"")
                .cacheControl(cacheControl())
                .contentType(MediaType.IMAGE_PNG)
                .body(v.png());
    }

    private static CacheControl cacheControl() {
        return CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    }
}
