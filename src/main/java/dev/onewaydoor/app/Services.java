package dev.onewaydoor.app;

/** The long-lived collaborators of review jobs, created once by {@link App}. */
record Services(JobQueue queue, RepoConfigLoader configs, MigrationFetcher fetcher, CheckRunPublisher checks,
    ReviewPublisher reviews, Acknowledger acknowledger, AckStore acks, VerifyStep verify) {}
