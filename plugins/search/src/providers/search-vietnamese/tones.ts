/**
 * The index field holding a document's words with their marks (`toneWords` of `@ocop/core`), which
 * the Vietnamese search provider ranks by. Shared by the index definitions and the provider.
 */
export const TONES_FIELD = "tones"
