/** What every label of one product lot shares. */
export type LabelLot = {
  /** Vietnamese with diacritics; wraps to two lines, with an ellipsis after. */
  productName: string
  /** OCOP star rating, 1..5 (certified products hold 3..5). */
  stars: number
  lot: string
  /** "YYYY-MM-DD", printed as "HSD dd/mm/yyyy"; null for products without a use-by date (no HSD line). */
  expiresOn: string | null
  /** "YYYY-MM-DD", printed as "NSX dd/mm/yyyy". */
  producedOn: string
}

/** One unit of the lot: the GS1 Digital Link URL its QR code encodes and the serial printed under it. */
export type LabelUnit = { url: string; serial: string }

export type PngOptions = {
  /** Pixels per inch of the 50 × 30 mm label (default 300: 591 × 354 px). */
  dpi?: number
}
