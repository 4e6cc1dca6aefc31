package fr.levier.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sort and paging parameters are checked on EVERY paged endpoint of the API, not only on
 * {@code /api/users} (issue 10): the endpoints are found from the application's own mappings, so a new
 * paged endpoint is covered without editing this test. On each: an undocumented sort field, a size of 0
 * or above the maximum and a negative page are refused with 400 naming the parameter; every sort field an
 * endpoint accepts must work, and a computed one is refused (see {@code NotSortable}).
 */
@IntegrationTest
class PagingEverywhereTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** @return path (with ids replaced by 1) → the handler, for every paged GET endpoint of /api */
    private Map<String, HandlerMethod> pagedEndpoints() {
        Map<String, HandlerMethod> paged = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
            boolean pageable = Arrays.stream(e.getValue().getMethod().getParameterTypes())
                    .anyMatch(Pageable.class::isAssignableFrom);
            if (!get || !pageable) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    paged.put(pattern.replaceAll("\\{[^}]+}", "1"), e.getValue());
                }
            }
        }
        return paged;
    }

    @Test
    void everyPagedEndpointRefusesBadPagingAndSortAndHonoursItsDocumentedSortFields() {
        ApiClient admin = new ApiClient(port).basic("admin", "levier-demo-2026");
        Map<String, HandlerMethod> endpoints = pagedEndpoints();
        assertThat(endpoints)
                .as("the paged endpoints found")
                .containsKeys("/api/users", "/api/partners", "/api/contacts", "/api/projects", "/api/tasks");
        List<String> problems = new ArrayList<>();
        endpoints.forEach((path, handler) -> {
            String sep = path.contains("?") ? "&" : "?";
            expect400(admin.get(path + sep + "sort=passwordHash"), "sort", path, problems);
            expect400(admin.get(path + sep + "sort=id;drop"), "sort", path, problems);
            expect400(admin.get(path + sep + "size=0"), "size", path, problems);
            expect400(admin.get(path + sep + "size=" + (PagingRules.MAX_SIZE + 1)), "size", path, problems);
            expect400(admin.get(path + sep + "page=-1"), "page", path, problems);
            expect400(admin.get(path + sep + "page=x"), "page", path, problems);
            for (String field : PagingRules.sortableFields(handler)) {
                HttpResponse<String> r = admin.get(path + sep + "sort=" + field + ",desc&size=2");
                if (r.statusCode() == 400 || r.statusCode() >= 500) {
                    brokenSorts.add(path + " sort=" + field);
                }
            }
        });
        // computed values are refused like unknown fields, not answered with a 500
        expect400(admin.get("/api/tasks?sort=partnerName"), "sort", "/api/tasks", problems);
        expect400(admin.get("/api/commitments?sort=programmeCode,desc"), "sort", "/api/commitments", problems);
        assertThat(problems).isEmpty();
        // A field the endpoint offers for sorting but its query cannot sort on (a computed or joined value)
        // answers 500: such fields are marked @NotSortable and refused with a 400 instead.
        assertThat(brokenSorts).as("documented sort fields that fail").isEmpty();
    }

    private final List<String> brokenSorts = new ArrayList<>();

    private static void expect400(HttpResponse<String> r, String parameter, String path, List<String> problems) {
        if (r.statusCode() != 400) {
            problems.add(path + " " + parameter + " → " + r.statusCode());
            return;
        }
        Map<String, Object> errors = JsonPath.read(r.body(), "$.fieldErrors");
        if (!errors.containsKey(parameter)) {
            problems.add(path + " " + parameter + " → 400 without naming it: " + r.body());
        }
    }
}
