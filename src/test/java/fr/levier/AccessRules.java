package fr.levier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The access rules every view, endpoint and service must follow, as reusable ArchUnit rules. */
final class AccessRules {

    private static final List<Class<? extends Annotation>> VIEW_RULES =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    private AccessRules() {}

    /** Every route and layout says who may open it. */
    static ArchRule viewsDeclareAnAccessRule() {
        return classes()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAnnotatedWith(Layout.class)
                .should(haveOneOf(VIEW_RULES))
                .as("every @Route and @Layout declares @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll");
    }

    /** Every REST handler is guarded by {@code @PreAuthorize}, on the method or its controller. */
    static ArchRule endpointsDeclareAnAccessRule() {
        return methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .and(areRequestHandlers())
                .should(beGuardedBy(PreAuthorize.class))
                .as("every REST endpoint is guarded by @PreAuthorize on the method or the controller");
    }

    /** Every public method of a service declares both its access rule and its transaction. */
    static ArchRule publicServiceMethodsDeclareAccessAndTransaction() {
        return methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .areNotStatic()
                .and(areNotObjectMethods())
                .should(beGuardedBy(PreAuthorize.class))
                .andShould(beGuardedBy(Transactional.class))
                .as("every public service method declares @PreAuthorize and @Transactional");
    }

    private static ArchCondition<JavaClass> haveOneOf(List<Class<? extends Annotation>> annotations) {
        return new ArchCondition<>("have an access annotation") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean ok = annotations.stream().anyMatch(item::isAnnotatedWith);
                events.add(new SimpleConditionEvent(
                        item, ok, item.getName() + (ok ? " declares" : " does not declare") + " an access rule"));
            }
        };
    }

    private static ArchCondition<JavaMethod> beGuardedBy(Class<? extends Annotation> annotation) {
        return new ArchCondition<>("be annotated (or its class) with @" + annotation.getSimpleName()) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean ok =
                        method.isAnnotatedWith(annotation) || method.getOwner().isAnnotatedWith(annotation);
                events.add(new SimpleConditionEvent(
                        method,
                        ok,
                        method.getFullName() + (ok ? " has" : " lacks") + " @" + annotation.getSimpleName()));
            }
        };
    }

    private static DescribedPredicate<JavaMethod> areRequestHandlers() {
        return DescribedPredicate.describe("are request handlers", m -> m.getAnnotations().stream()
                .anyMatch(a -> a.getRawType().getPackageName().equals("org.springframework.web.bind.annotation")
                        && a.getRawType().getSimpleName().endsWith("Mapping")));
    }

    private static DescribedPredicate<JavaMethod> areNotObjectMethods() {
        return DescribedPredicate.describe(
                "are not equals/hashCode/toString",
                m -> !List.of("equals", "hashCode", "toString").contains(m.getName())
                        && !m.getModifiers().contains(JavaModifier.SYNTHETIC));
    }
}
