package fr.levier.operations;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives admins the RGPD register as configured. */
@Service
@EnableConfigurationProperties(RgpdRegister.class)
public class RgpdRegisterService {

    private final RgpdRegister register;

    RgpdRegisterService(RgpdRegister register) {
        this.register = register;
    }

    /** @return the register */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public RgpdRegister register() {
        return register;
    }
}
