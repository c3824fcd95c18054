/**
 * Upper bound, in seconds, on how long a cached catalogue read may be served. Listing changes
 * expire the cache at once through /api/revalidate; this only matters if such a call is lost.
 */
export const MAX_AGE = 300
