/**
 * The kinds the trade module knows, shared by its models, its API validators, the admin and the
 * storefront so each list is written once.
 */
export const SALES_POINT_TYPES = [
  "administrative_centre",
  "traditional_market",
  "supermarket",
  "tourist_site",
  "festival",
  "craft_village",
  "station",
  "other",
] as const
export type SalesPointType = (typeof SALES_POINT_TYPES)[number]

export const BUSINESS_TYPES = [
  "distributor",
  "supermarket",
  "hotel_restaurant",
  "exporter",
  "processor",
  "producer",
] as const
export type BusinessType = (typeof BUSINESS_TYPES)[number]

export const TRADE_EVENT_KINDS = ["fair", "conference", "delegation", "festival"] as const
export type TradeEventKind = (typeof TRADE_EVENT_KINDS)[number]

/** A business account waits for an official to verify it (or reject it) before it may trade. */
export const BUSINESS_STATUSES = ["pending", "verified", "rejected"] as const
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number]
