package fr.levier.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import levierfixture.schemaclash.ClashingController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two types with the same OpenAPI schema name are merged into one schema, so one of them is documented
 * with the other's fields (the floor result was shown with the mécénat fields). No two may share a name.
 */
class SchemaNamesTest {

    @Test
    void everyTypeOfTheApiHasItsOwnSchemaName() {
        assertThat(clashes(controllersIn("fr.levier"))).isEmpty();
    }

    @Test
    void twoResultsNamedAlikeAreReported() {
        assertThat(clashes(List.of(ClashingController.class)))
                .containsOnlyKeys("Result")
                .hasEntrySatisfying("Result", types -> assertThat(types).hasSize(2));
    }

    /** @return schema name → the different Java types that would share it */
    static Map<String, Set<String>> clashes(Collection<Class<?>> controllers) {
        Map<String, Set<String>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> controller : controllers) {
            for (Method m : controller.getDeclaredMethods()) {
                collect(m.getGenericReturnType(), seen);
                for (Type p : m.getGenericParameterTypes()) {
                    collect(p, seen);
                }
            }
        }
        for (Class<?> type : seen) {
            byName.computeIfAbsent(RequestBodies.schemaName(type), k -> new TreeSet<>())
                    .add(type.getName());
        }
        byName.values().removeIf(types -> types.size() < 2);
        return byName;
    }

    private static void collect(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), seen);
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), seen);
                return;
            }
            boolean ours = c.getPackageName().startsWith("fr.levier")
                    || c.getPackageName().startsWith("levierfixture");
            if (!ours || !seen.add(c)) {
                return;
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    collect(rc.getGenericType(), seen);
                }
            }
        }
    }

    private static List<Class<?>> controllersIn(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        return scanner.findCandidateComponents(basePackage).stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, SchemaNamesTest.class.getClassLoader()))
                .filter(c -> !c.getName().startsWith("fr.levier.shared.api.SchemaNamesTest"))
                .toList();
    }
}
