package fr.levier.shared.api;

import fr.levier.shared.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One size limit for every request body: API multipart and raw uploads, the screens' uploads, any
 * POST ({@code levier.upload.max-size}, 20 MB by default; multipart parsing uses the same value).
 * A declared length above it is refused at once with 413 and a clear message (a problem document on
 * {@code /api/**}); a body without a declared length is cut off when it passes the limit. Runs
 * before security, so an anonymous client cannot make the server read a huge body either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class UploadLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;

    private static volatile long limitInMegabytes = 20;

    UploadLimitFilter(@Value("${levier.upload.max-size:20MB}") DataSize limit) {
        this.limit = limit;
        limitInMegabytes = limit.toMegabytes();
    }

    /** @return the configured limit, for the messages of errors raised past this filter */
    static long limitInMegabytes() {
        return limitInMegabytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(declared < 0 ? new Limited(request, limit.toBytes()) : request, response);
    }

    /** Writes the 413 answer: a problem document on the API, plain text elsewhere. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit) throws IOException {
        // before the DispatcherServlet: no locale context yet, so the request's Accept-Language is read here
        java.util.Locale locale =
                request.getHeader("Accept-Language") == null ? java.util.Locale.FRENCH : request.getLocale();
        String message = Messages.get(locale, "api.error.tooLarge", limit.toMegabytes());
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"https://levier.fr/problems/too-large\",\"title\":\"Content Too Large\","
                            + "\"status\":413,\"detail\":\"" + message.replace("\"", "'") + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }

    /** A body read past the limit. */
    public static final class TooLargeException extends IOException {
        TooLargeException() {
            super("request body above the upload limit");
        }
    }

    /** A request whose body stops with {@link TooLargeException} past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > max) {
                            throw new TooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
