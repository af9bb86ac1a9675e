package dev.nearhand.reputation.rest;

import dev.nearhand.reputation.TooManyReportsException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What the platform's problem mappers cannot say: when a refused reporter may try again. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response tooManyReports(TooManyReportsException e) {
        return Response.fromResponse(e.toProblem().toResponse())
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .build();
    }
}
