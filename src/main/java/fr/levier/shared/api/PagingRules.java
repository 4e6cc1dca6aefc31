package fr.levier.shared.api;

import fr.levier.shared.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Pageable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Paging and sort parameters of the API are checked, not silently replaced: {@code page} from 0 to
 * {@value #MAX_PAGE}, {@code size} from 1 to {@value #MAX_SIZE}, and {@code sort} only on the fields
 * the endpoint returns (the components of the record it pages, e.g. {@code PagedModel<UserSummary>}),
 * so {@code sort=passwordHash} is refused. Anything else is a 400 naming the parameter.
 */
public class PagingRules implements HandlerInterceptor {

    /** Largest page size. */
    public static final int MAX_SIZE = 1000;

    /** Largest page number. */
    public static final int MAX_PAGE = 1_000_000;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || Arrays.stream(method.getMethod().getParameterTypes()).noneMatch(Pageable.class::isAssignableFrom)) {
            return true;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        range(request.getParameter("page"), 0, MAX_PAGE, "page", errors);
        range(request.getParameter("size"), 1, MAX_SIZE, "size", errors);
        String[] sorts = request.getParameterValues("sort");
        if (sorts != null) {
            Set<String> allowed = sortableFields(method);
            for (String sort : sorts) {
                for (String part : sort.split(",")) {
                    String field = part.trim();
                    if (field.isEmpty() || field.equalsIgnoreCase("asc") || field.equalsIgnoreCase("desc")) {
                        continue;
                    }
                    if (!allowed.contains(field)) {
                        errors.putIfAbsent(
                                "sort", Messages.get("api.error.sortField", field, String.join(", ", allowed)));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return true;
    }

    private static void range(String value, int min, int max, String name, Map<String, String> errors) {
        if (value == null) {
            return;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < min || n > max) {
                errors.put(name, Messages.get("api.error.pageRange", min, max));
            }
        } catch (NumberFormatException e) {
            errors.put(name, Messages.get("api.error.pageRange", min, max));
        }
    }

    /** The components of the record the endpoint pages or lists, but those its query computes ({@link NotSortable}). */
    static Set<String> sortableFields(HandlerMethod method) {
        Set<String> fields = new TreeSet<>();
        Type type = method.getMethod().getGenericReturnType();
        while (type instanceof ParameterizedType p) {
            type = p.getActualTypeArguments()[0];
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (!rc.isAnnotationPresent(NotSortable.class)) {
                    fields.add(rc.getName());
                }
            }
        }
        return fields;
    }
}
