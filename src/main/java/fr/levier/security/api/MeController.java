package fr.levier.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: lets an integration check its token or credentials. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "Session")
@PreAuthorize("isAuthenticated()")
class MeController {

    /**
     * The authenticated caller.
     *
     * @param username login of the caller
     * @param roles    effective roles, hierarchy expanded
     */
    record Me(String username, List<String> roles) {}

    @GetMapping
    @Operation(summary = "The authenticated caller and its effective roles")
    Me me(Authentication authentication) {
        return new Me(
                authentication.getName(),
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring(5))
                        .sorted()
                        .toList());
    }
}
