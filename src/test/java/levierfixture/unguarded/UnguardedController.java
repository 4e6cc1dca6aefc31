package levierfixture.unguarded;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller with one unguarded endpoint: AccessRulesTest must report it, and only it. */
@RestController
public class UnguardedController {

    /** Forgot its rule. */
    @GetMapping("/fixture/list")
    public String list() {
        return "";
    }

    /** Has its rule. */
    @GetMapping("/fixture/guarded")
    @PreAuthorize("hasRole('ADMIN')")
    public String guarded() {
        return "";
    }
}
