/** The container key of the trade promotion module (kept apart so loaders and links avoid import cycles). */
export const TRADE_MODULE = "trade"
