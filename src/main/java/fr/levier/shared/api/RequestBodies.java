package fr.levier.shared.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;

/** The JSON bodies the API reads, and which of their fields a client must send. */
public final class RequestBodies {

    private RequestBodies() {}

    /** @return the record types read with {@code @RequestBody} by the given controllers, and the records they nest */
    public static Set<Class<?>> of(Iterable<Class<?>> controllers) {
        Set<Class<?>> bodies = new LinkedHashSet<>();
        for (Class<?> controller : controllers) {
            for (Method m : controller.getDeclaredMethods()) {
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(RequestBody.class)) {
                        addRecords(p.getType(), bodies);
                    }
                }
            }
        }
        return bodies;
    }

    private static void addRecords(Class<?> type, Set<Class<?>> bodies) {
        if (type.isRecord() && bodies.add(type)) {
            for (RecordComponent c : type.getRecordComponents()) {
                addRecords(c.getType(), bodies);
            }
        }
    }

    /**
     * @return the components a client must send: primitives (a missing one is refused, there is no
     *     "absent" {@code long} or {@code boolean}) and those marked {@code @NotNull}/{@code @NotBlank}
     */
    public static List<String> required(Class<?> body) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : body.getRecordComponents()) {
            boolean notNull =
                    AnnotatedElementUtils.hasAnnotation(c.getAccessor(), jakarta.validation.constraints.NotNull.class)
                            || c.getAccessor().isAnnotationPresent(jakarta.validation.constraints.NotBlank.class)
                            || c.getType().isPrimitive();
            if (notNull) {
                names.add(c.getName());
            }
        }
        return names;
    }

    /** @return the schema name the OpenAPI document gives the type: its {@code @Schema(name)} or simple name */
    public static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
    }
}
