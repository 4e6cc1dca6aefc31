package fr.levier.shared.api;

import fr.levier.shared.BusinessRuleException;
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
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.");
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
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.");
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

    /** A record that does not exist. */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    /** Someone else saved the record since it was read. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "conflict",
                "The record was changed by someone else since you read it. Reload it and apply your change again.");
    }

    /** Unreadable JSON or wrong parameter types. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "The request could not be read: check the JSON and parameter types.");
    }

    /** Authenticated but not allowed. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this operation.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create("https://levier.fr/problems/" + type));
        pd.setTitle(status.getReasonPhrase());
        return pd;
    }
}
