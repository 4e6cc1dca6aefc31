package fr.levier.shared.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each audit revision with the current user name. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
        ((AuditRevision) revisionEntity).setUsername(name);
    }
}
