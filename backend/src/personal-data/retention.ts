/**
 * How long the officials' access log is kept: long enough to answer a data subject's or an
 * inspector's question about last year's accesses, no longer (docs/compliance.md, "Logs").
 */
export const ACCESS_LOG_RETENTION_DAYS = 365
