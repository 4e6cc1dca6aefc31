package fr.levier.shared.audit;

import org.hibernate.envers.EntityTrackingRevisionListener;
import org.hibernate.envers.RevisionType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each audit revision with the current user name and notes every record it touches, so the
 * audit log can be searched by user, kind of record and period.
 */
public class AuditRevisionListener implements EntityTrackingRevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
        ((AuditRevision) revisionEntity).setUsername(name);
    }

    @Override
    public void entityChanged(
            Class entityClass, String entityName, Object entityId, RevisionType revisionType, Object revisionEntity) {
        String kind =
                switch (revisionType) {
                    case ADD -> "ADD";
                    case MOD -> "MOD";
                    case DEL -> "DEL";
                };
        ((AuditRevision) revisionEntity)
                .addChange(new AuditChange(entityClass.getSimpleName(), String.valueOf(entityId), kind));
    }
}
