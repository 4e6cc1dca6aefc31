package fr.levier.shared.audit;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.boot.internal.EnversService;
import org.hibernate.envers.event.spi.EnversListenerDuplicationStrategy;
import org.hibernate.envers.event.spi.EnversPostCollectionRecreateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostDeleteEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostInsertEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPostUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionRemoveEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreCollectionUpdateEventListenerImpl;
import org.hibernate.envers.event.spi.EnversPreUpdateEventListenerImpl;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Envers's own listeners, registered the way {@code EnversIntegrator} does (its auto-registration is off:
 * {@code hibernate.envers.autoRegisterListeners=false}), each of them skipping its work while
 * {@link AuditSuspension} is active on the thread: the conditional auditing the Envers documentation describes.
 * Registered through {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class ConditionalEnversIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
        EnversService envers = factory.getServiceRegistry().getService(EnversService.class);
        if (envers == null
                || !envers.isEnabled()
                || !envers.isInitialized()
                || !envers.getEntitiesConfigurations().hasAuditedEntities()) {
            return;
        }
        EventListenerRegistry registry = factory.getEventListenerRegistry();
        registry.addDuplicationStrategy(EnversListenerDuplicationStrategy.INSTANCE);
        registry.appendListeners(EventType.POST_DELETE, new EnversPostDeleteEventListenerImpl(envers) {
            @Override
            public void onPostDelete(PostDeleteEvent event) {
                if (!AuditSuspension.active()) {
                    super.onPostDelete(event);
                }
            }
        });
        registry.appendListeners(EventType.POST_INSERT, new EnversPostInsertEventListenerImpl(envers) {
            @Override
            public void onPostInsert(PostInsertEvent event) {
                if (!AuditSuspension.active()) {
                    super.onPostInsert(event);
                }
            }
        });
        registry.appendListeners(EventType.PRE_UPDATE, new EnversPreUpdateEventListenerImpl(envers) {
            @Override
            public boolean onPreUpdate(PreUpdateEvent event) {
                return !AuditSuspension.active() && super.onPreUpdate(event);
            }
        });
        registry.appendListeners(EventType.POST_UPDATE, new EnversPostUpdateEventListenerImpl(envers) {
            @Override
            public void onPostUpdate(PostUpdateEvent event) {
                if (!AuditSuspension.active()) {
                    super.onPostUpdate(event);
                }
            }
        });
        registry.appendListeners(
                EventType.POST_COLLECTION_RECREATE, new EnversPostCollectionRecreateEventListenerImpl(envers) {
                    @Override
                    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
                        if (!AuditSuspension.active()) {
                            super.onPostRecreateCollection(event);
                        }
                    }
                });
        registry.appendListeners(
                EventType.PRE_COLLECTION_REMOVE, new EnversPreCollectionRemoveEventListenerImpl(envers) {
                    @Override
                    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
                        if (!AuditSuspension.active()) {
                            super.onPreRemoveCollection(event);
                        }
                    }
                });
        registry.appendListeners(
                EventType.PRE_COLLECTION_UPDATE, new EnversPreCollectionUpdateEventListenerImpl(envers) {
                    @Override
                    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
                        if (!AuditSuspension.active()) {
                            super.onPreUpdateCollection(event);
                        }
                    }
                });
    }

    @Override
    public void disintegrate(SessionFactoryImplementor factory, SessionFactoryServiceRegistry registry) {
        // nothing kept
    }
}
