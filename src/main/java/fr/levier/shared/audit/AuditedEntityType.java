package fr.levier.shared.audit;

import java.util.Set;

/**
 * Declares an audited entity whose history people may read. Each module registers its own as a
 * Spring bean, so the shared history code never depends on a module (the entity classes stay
 * package-private).
 *
 * @param entityClass  the {@code @Audited} entity
 * @param readRole     the role needed to read its history ({@code VIEWER}, or {@code ADMIN} for users)
 * @param hiddenFields fields never shown (derived search keys, secrets)
 */
public record AuditedEntityType(Class<?> entityClass, String readRole, Set<String> hiddenFields) {

    /** @return the name used in the audit log and in URLs: the entity's simple class name */
    public String name() {
        return entityClass.getSimpleName();
    }

    /**
     * @param entityClass  the entity
     * @param readRole     role needed to read its history
     * @param hiddenFields fields never shown
     * @return the declaration
     */
    public static AuditedEntityType of(Class<?> entityClass, String readRole, String... hiddenFields) {
        return new AuditedEntityType(entityClass, readRole, Set.of(hiddenFields));
    }
}
