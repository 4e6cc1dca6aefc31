package fr.levier.newsletter.api;

import fr.levier.newsletter.CssColor;
import fr.levier.newsletter.ImageService;
import fr.levier.newsletter.UnsubscribeService;
import fr.levier.newsletter.UnsubscribeService.Outcome;
import fr.levier.newsletter.UnsubscribeService.Target;
import fr.levier.shared.i18n.Messages;
import fr.levier.shared.identity.CityIdentity;
import fr.levier.shared.identity.CityIdentitySource;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public unsubscribe pages (no login): GET shows a confirmation page; POST unsubscribes at once, both
 * from the page's button and from mail clients' RFC 8058 one-click POST ({@code List-Unsubscribe=One-Click}).
 * Also serves the city's logo used by the e-mail template.
 */
@Controller
@RequestMapping("/newsletter")
@Hidden
@PreAuthorize("permitAll()")
class UnsubscribeController {

    private final UnsubscribeService unsubscribe;
    private final CityIdentitySource city;
    private final ImageService images;

    UnsubscribeController(UnsubscribeService unsubscribe, CityIdentitySource city, ImageService images) {
        this.images = images;
        this.unsubscribe = unsubscribe;
        this.city = city;
    }

    @GetMapping("/unsubscribe/{token}")
    String confirm(@PathVariable String token, Locale locale, Model model) {
        Target t = unsubscribe.target(token);
        Locale l = lang(locale);
        page(model, l);
        if (t.email() == null) {
            model.addAttribute("title", Messages.get(l, "unsubscribe.invalidTitle"));
            model.addAttribute("message", Messages.get(l, "unsubscribe.invalid"));
            return "newsletter/unsubscribe";
        }
        model.addAttribute("email", t.email());
        if (t.done()) {
            model.addAttribute("title", Messages.get(l, "unsubscribe.doneTitle"));
            model.addAttribute("message", Messages.get(l, "unsubscribe.done"));
            return "newsletter/unsubscribe";
        }
        model.addAttribute("title", Messages.get(l, "unsubscribe.confirmTitle"));
        model.addAttribute("message", Messages.get(l, "unsubscribe.confirm", t.subject()));
        model.addAttribute("confirm", true);
        model.addAttribute("action", "/newsletter/unsubscribe/" + token);
        model.addAttribute("button", Messages.get(l, "unsubscribe.button"));
        return "newsletter/unsubscribe";
    }

    @PostMapping("/unsubscribe/{token}")
    Object unsubscribe(
            @PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            Locale locale,
            Model model) {
        boolean isOneClick = "One-Click".equals(oneClick);
        Outcome outcome = unsubscribe.unsubscribe(token, isOneClick);
        if (isOneClick) {
            // mail clients only read the status
            return outcome == Outcome.INVALID
                    ? ResponseEntity.status(HttpStatus.FORBIDDEN).build()
                    : ResponseEntity.ok().build();
        }
        Locale l = lang(locale);
        page(model, l);
        if (outcome == Outcome.INVALID) {
            model.addAttribute("title", Messages.get(l, "unsubscribe.invalidTitle"));
            model.addAttribute("message", Messages.get(l, "unsubscribe.invalid"));
        } else {
            model.addAttribute("title", Messages.get(l, "unsubscribe.doneTitle"));
            model.addAttribute("message", Messages.get(l, "unsubscribe.done"));
        }
        return "newsletter/unsubscribe";
    }

    @GetMapping("/images/{publicId}")
    ResponseEntity<byte[]> image(@PathVariable String publicId) {
        return images.find(publicId)
                .map(i -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(i.contentType()))
                        .header("Cache-Control", "public, max-age=31536000, immutable")
                        .body(i.content()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/logo.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> logo() {
        CityIdentity identity = city.current();
        return identity.hasLogo()
                ? ResponseEntity.ok().body(identity.logoPng())
                : ResponseEntity.notFound().build();
    }

    private void page(Model model, Locale l) {
        CityIdentity identity = city.current();
        Map<String, Object> m = new HashMap<>();
        m.put("lang", l.getLanguage());
        m.put("cityName", identity.name());
        m.put("primaryColor", CssColor.orDefault(identity.primaryColor(), "#1a4d8f"));
        m.put("accentColor", CssColor.orDefault(identity.accentColor(), "#e07b00"));
        model.addAllAttributes(m);
    }

    private static Locale lang(Locale l) {
        return l != null && "en".equals(l.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
