package fr.levier.operations;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * While the database is unreachable the API answers 503 with {@code Retry-After}, as a problem
 * document in the caller's language ({@code Accept-Language}), instead of a 500: the client knows to try again and nothing was written (each request is
 * one transaction, rolled back whole).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageApiAdvice {

    @ExceptionHandler({
        org.springframework.transaction.CannotCreateTransactionException.class,
        org.springframework.dao.DataAccessResourceFailureException.class,
        org.hibernate.exception.JDBCConnectionException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, fr.levier.shared.i18n.Messages.get("error.databaseUnavailable"));
        problem.setTitle("Service unavailable");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem);
    }
}
