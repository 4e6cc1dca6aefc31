package levierfixture.unguarded;

import org.springframework.stereotype.Service;

/** A service whose public method declares nothing: AccessRulesTest must report it. */
@Service
public class UnguardedService {

    /** Forgot both @PreAuthorize and @Transactional. */
    public void open() {}
}
