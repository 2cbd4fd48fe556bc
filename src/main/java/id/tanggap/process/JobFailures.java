package id.tanggap.process;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How every job worker fails a job: with one retry fewer and a pause before the engine offers the job
 * again, so a failing mail server, platform or database is not retried in a tight loop until the
 * retries are gone. The pause is the task's {@code retryBackoff} header in the BPMN (ISO-8601, e.g.
 * PT30S) where the process owner set one, otherwise {@code tanggap.jobs.retry-backoff}; never more
 * than {@code tanggap.jobs.max-retry-backoff}. A worker that throws its own job error with a backoff keeps it;
 * BPMN errors are left as they are.
 */
@Component
class JobFailures implements JobExceptionHandlingStrategy {

    static final String BACKOFF_HEADER = "retryBackoff";
    private static final Logger log = LoggerFactory.getLogger(JobFailures.class);

    private final JobExceptionHandlingStrategy standard;
    private final Duration defaultBackoff;
    private final Duration maxBackoff;
    private final MeterRegistry meters;

    JobFailures(
            CommandExceptionHandlingStrategy commands,
            MetricsRecorder metrics,
            @Value("${tanggap.jobs.retry-backoff:PT30S}") Duration defaultBackoff,
            @Value("${tanggap.jobs.max-retry-backoff:PT1H}") Duration maxBackoff,
            MeterRegistry meters) {
        this.meters = meters;
        this.standard = new DefaultJobExceptionHandlingStrategy(commands, metrics);
        this.defaultBackoff = defaultBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        Exception failure = withBackoff(exception, context.job());
        count(failure, context.job());
        standard.handleException(failure, context);
    }

    Exception withBackoff(Exception exception, ActivatedJob job) {
        if (exception instanceof BpmnError) {
            return exception;
        }
        if (exception instanceof JobError error) {
            return error.getRetryBackoff() != null
                    ? error
                    : new JobError(
                            error.getErrorMessage(),
                            error.getVariables(),
                            error.getRetries(),
                            backoffOf(job),
                            error.getCause());
        }
        log.warn(
                "job {} ({}) failed, {} retries left: {}",
                job.getKey(),
                job.getType(),
                Math.max(0, job.getRetries() - 1),
                exception.toString());
        return new JobError(
                exception.getClass().getSimpleName() + ": " + exception.getMessage(),
                null,
                Math.max(0, job.getRetries() - 1),
                backoffOf(job),
                exception);
    }

    /** Operators' metrics: every failed job, and those with no retry left (an incident in Operate), per job type. */
    private void count(Exception failure, ActivatedJob job) {
        if (failure instanceof JobError error) {
            meters.counter("tanggap.jobs.failures", "type", job.getType()).increment();
            if (error.getRetries() != null && error.getRetries() <= 0) {
                meters.counter("tanggap.jobs.incidents", "type", job.getType()).increment();
            }
        }
    }

    Duration backoffOf(ActivatedJob job) {
        Duration backoff = defaultBackoff;
        String header =
                job.getCustomHeaders() == null ? null : job.getCustomHeaders().get(BACKOFF_HEADER);
        if (header != null && !header.isBlank()) {
            try {
                backoff = Duration.parse(header.trim());
            } catch (DateTimeParseException e) {
                log.warn(
                        "task {} has retryBackoff header '{}', which is not an ISO-8601 duration; using {}",
                        job.getElementId(),
                        header,
                        backoff);
            }
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
