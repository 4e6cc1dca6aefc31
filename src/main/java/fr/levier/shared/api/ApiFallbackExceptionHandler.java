package fr.levier.shared.api;

import fr.levier.shared.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last word on {@code /api/**} errors that {@link ApiExceptionHandler} does not name: framework
 * errors keep their true status (400, 404, 405, 406, 413, 415…) as a problem document instead of
 * being forwarded to {@code /error}; anything else is a 500 whose {@code reference} is also in the
 * log (with the stack trace), so a user can quote it. Applies to every handler (no package
 * selector), because errors raised before a controller is chosen (unknown path, wrong method,
 * multipart too large) have no handler; outside {@code /api/} it steps aside.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiFallbackExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiFallbackExceptionHandler.class);

    private final DataSize uploadLimit;

    ApiFallbackExceptionHandler(@Value("${levier.upload.max-size:20MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> any(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e; // not ours: the resolvers after this one handle it as before
        }
        if (causedBy(e, UploadLimitFilter.TooLargeException.class)) {
            return of(HttpStatus.CONTENT_TOO_LARGE, "too-large", frameworkMessage(HttpStatus.CONTENT_TOO_LARGE), null);
        }
        if (e instanceof InvalidParametersException invalid) {
            ResponseEntity<ProblemDetail> r =
                    of(HttpStatus.BAD_REQUEST, "validation", Messages.get("api.error.invalidFields"), null);
            r.getBody().setProperty("fieldErrors", invalid.getFieldErrors());
            return r;
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            ResponseEntity<ProblemDetail> r =
                    of(HttpStatus.BAD_REQUEST, "validation", Messages.get("api.error.invalidFields"), null);
            r.getBody()
                    .setProperty(
                            "fieldErrors", Map.of(missing.getParameterName(), Messages.get("api.error.fieldRequired")));
            return r;
        }
        if (e instanceof PropertyReferenceException bad) {
            ResponseEntity<ProblemDetail> r =
                    of(HttpStatus.BAD_REQUEST, "validation", Messages.get("api.error.invalidFields"), null);
            r.getBody()
                    .setProperty(
                            "fieldErrors",
                            Map.of("sort", Messages.get("api.error.sortField", bad.getPropertyName(), "")));
            return r;
        }
        if (e instanceof NotFoundException) {
            return of(HttpStatus.NOT_FOUND, "not-found", e.getMessage(), null);
        }
        if (e instanceof ErrorResponse er) {
            HttpStatusCode status = er.getStatusCode();
            HttpHeaders headers = new HttpHeaders();
            if (e instanceof HttpRequestMethodNotSupportedException m && m.getSupportedHttpMethods() != null) {
                headers.setAllow(m.getSupportedHttpMethods());
            }
            return of(status, "http-" + status.value(), frameworkMessage(status), headers);
        }
        String reference = UUID.randomUUID().toString();
        log.error(
                "Unexpected error on {} {} (reference {})", request.getMethod(), request.getRequestURI(), reference, e);
        ResponseEntity<ProblemDetail> response =
                of(HttpStatus.INTERNAL_SERVER_ERROR, "server-error", Messages.get("api.error.server", reference), null);
        response.getBody().setProperty("reference", reference);
        return response;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private String frameworkMessage(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> Messages.get("api.error.noSuchPath");
            case 405 -> Messages.get("api.error.method");
            case 406 -> Messages.get("api.error.notAcceptable");
            case 413 -> Messages.get("api.error.tooLarge", uploadLimit.toMegabytes());
            case 415 -> Messages.get("api.error.mediaType");
            default -> Messages.get("api.error.badRequest");
        };
    }

    static ResponseEntity<ProblemDetail> of(HttpStatusCode status, String type, String detail, HttpHeaders headers) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("https://levier.fr/problems/" + type));
        HttpStatus known = HttpStatus.resolve(status.value());
        pd.setTitle(known == null ? String.valueOf(status.value()) : known.getReasonPhrase());
        return ResponseEntity.status(status)
                .headers(headers == null ? HttpHeaders.EMPTY : headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }
}
