/** The container key of the producer workspace module (kept apart so loaders and links avoid import cycles). */
export const PRODUCER_MODULE = "producer"
