/**
 * Clone detection for serialised labels. A genuine unit is scanned a few times, in one region; a
 * label copied onto many packages is scanned often, and in places no single package could travel
 * between in the time. The thresholds are data (TRACE_CLONE_* in the backend's environment), so a
 * province tunes them without a code change.
 */
export type CloneRules = {
  /** More scans than this flags the serial. */
  maxScans: number
  /** Two scans further apart than this … */
  distanceKm: number
  /** … within this many minutes flag the serial. */
  windowMinutes: number
}

export const DEFAULT_CLONE_RULES: CloneRules = { maxScans: 20, distanceKm: 200, windowMinutes: 60 }

export type ScanPoint = {
  /** Milliseconds since the epoch. */
  at: number
  /** Coarse place (rounded to 0.1°, about 11 km), when the scanner's network gave one. */
  lat: number | null
  lon: number | null
}

export type CloneReason =
  { rule: "too_many_scans"; scans: number; limit: number } | { rule: "too_far_apart"; km: number; minutes: number }

const EARTH_RADIUS_KM = 6371

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/**
 * The rules a serial's scans break; empty when none. Scans may come in any order. `total` is the
 * serial's scan count when `scans` holds only the recent ones (those the distance rule needs).
 */
export function cloneReasons(
  scans: ScanPoint[],
  rules: CloneRules = DEFAULT_CLONE_RULES,
  total: number = scans.length,
): CloneReason[] {
  const reasons: CloneReason[] = []
  if (total > rules.maxScans) reasons.push({ rule: "too_many_scans", scans: total, limit: rules.maxScans })
  const placed = scans
    .filter((s): s is ScanPoint & { lat: number; lon: number } => s.lat !== null && s.lon !== null)
    .sort((a, b) => a.at - b.at)
  const windowMs = rules.windowMinutes * 60_000
  // Each scan against the later ones inside its window; the first pair found is reason enough.
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length && placed[j].at - placed[i].at <= windowMs; j++) {
      const km = distanceKm(placed[i], placed[j])
      if (km > rules.distanceKm) {
        reasons.push({
          rule: "too_far_apart",
          km: Math.round(km),
          minutes: Math.round((placed[j].at - placed[i].at) / 60_000),
        })
        return reasons
      }
    }
  }
  return reasons
}

/** Rounds a coordinate to 0.1° so a scan never stores a precise position. */
export const coarseCoordinate = (value: number) => Math.round(value * 10) / 10
