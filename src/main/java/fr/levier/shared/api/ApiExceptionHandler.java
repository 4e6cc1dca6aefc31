package fr.levier.shared.api;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.StaleRecordException;
import fr.levier.shared.TooManyRequestsException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns errors of the REST API ({@code /api/**}) into RFC 9457 problem documents with a clear
 * message and, for validation errors, a {@code fieldErrors} map: {@code {"name": "must not be blank"}}.
 */
@RestControllerAdvice(basePackages = "fr.levier")
public class ApiExceptionHandler {

    /** Bean Validation errors on a request body. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            fields.putIfAbsent(fe.getField(), fe.getDefaultMessage());
        }
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", Messages.get("api.error.invalidFields"));
        pd.setProperty("fieldErrors", fields);
        return pd;
    }

    /** Bean Validation errors raised by a service. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidArguments(ConstraintViolationException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            fields.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
        });
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", Messages.get("api.error.invalidFields"));
        pd.setProperty("fieldErrors", fields);
        return pd;
    }

    /** A domain rule refused the change; the message names the rule. */
    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail ruleBroken(BusinessRuleException e) {
        ProblemDetail pd = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule", e.getMessage());
        if (e.getField() != null) {
            pd.setProperty("fieldErrors", Map.of(e.getField(), e.getMessage()));
        }
        return pd;
    }

    /** An update without the version read: 400 naming {@code version}. */
    @ExceptionHandler(fr.levier.shared.VersionRequiredException.class)
    ProblemDetail versionRequired(fr.levier.shared.VersionRequiredException e) {
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", Messages.get("api.error.invalidFields"));
        pd.setProperty("fieldErrors", Map.of("version", e.getMessage()));
        return pd;
    }

    /** The user already holds as much as allowed: 429 with {@code Retry-After} in seconds. */
    @ExceptionHandler(TooManyRequestsException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        ProblemDetail pd = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many", e.getMessage());
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        "Retry-After",
                        String.valueOf(Math.max(1, e.getRetryAfter().toSeconds())))
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    /** A record that does not exist. */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    /**
     * Someone else saved the record since it was read: the same document for every module, with who
     * saved the fresh version ({@code updatedBy}) and when ({@code updatedAt}) when known.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        ProblemDetail pd = problem(HttpStatus.CONFLICT, "conflict", Messages.get("api.error.conflict"));
        if (e instanceof StaleRecordException stale) {
            pd.setProperty("updatedBy", stale.getUpdatedBy());
            pd.setProperty("updatedAt", stale.getUpdatedAt());
        }
        return pd;
    }

    /**
     * A body that is not JSON, or a field missing or of the wrong type: 400 naming the field
     * ({@code fieldErrors}) whenever the parser knows it.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UploadLimitFilter.TooLargeException) {
                // a chunked body cut at the limit: the same 413 as a declared length above it
                return problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "too-large",
                        Messages.get("api.error.tooLarge", UploadLimitFilter.limitInMegabytes()));
            }
        }
        String field = RequestFields.culprit(e);
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, "bad-request", Messages.get("api.error.unreadable"));
        }
        String message = RequestFields.isMissing(e)
                ? Messages.get("api.error.fieldRequired")
                : Messages.get("api.error.fieldType");
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", Messages.get("api.error.invalidFields"));
        pd.setProperty("fieldErrors", Map.of(field, message));
        return pd;
    }

    /** A path or query parameter of the wrong type, named. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", Messages.get("api.error.invalidFields"));
        pd.setProperty("fieldErrors", Map.of(e.getName(), Messages.get("api.error.fieldType")));
        return pd;
    }

    /** Authenticated but not allowed. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", Messages.get("api.error.forbidden"));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("https://levier.fr/problems/" + type));
        pd.setTitle(status.getReasonPhrase());
        return pd;
    }
}
