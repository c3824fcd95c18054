/**
 * Each state move of an agreement reads it, decides, then writes: two parties acting at once would
 * both decide from the same old state. Its moves therefore run one at a time per agreement, under
 * Medusa's locking module (Redis across processes in distributed mode). A waiter gives up after
 * `timeout` seconds; `ttl` frees the lock of a process killed mid-move.
 */
export const agreementLock = (id: string) => ({ key: `trade-agreement:${id}`, timeout: 30, ttl: 60 })
