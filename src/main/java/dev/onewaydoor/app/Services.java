package dev.onewaydoor.app;

import dev.onewaydoor.limits.ByteBudget;
import java.time.Clock;

/** The long-lived collaborators of review jobs, created once by {@link App}. */
record Services(JobQueue queue, RepoConfigLoader configs, ChangeFetcher fetcher, CheckPublisher checks,
    ReviewPublisher reviews, ReportPublisher pages, Acknowledger acknowledger, AckStore acks, Clock clock,
    ByteBudget analysisMemory, VerifyStep verify) {}
