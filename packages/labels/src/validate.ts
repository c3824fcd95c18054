import type { LabelLot, LabelUnit } from "./types"

/** GS1 lots (AI 10) and serials (AI 21) hold at most 20 characters; the layout has room for that many. */
const MAX_CODE = 20
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function checkDate(field: string, value: string): void {
  const m = ISO_DATE.exec(value)
  const day = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  // Date.UTC rolls 2026-02-30 over to March; reading the day back catches that.
  if (!day || day.toISOString().slice(0, 10) !== value)
    throw new RangeError(`${field} must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)}`)
}

/** Throws a RangeError naming the field when a lot cannot make a correct label. */
export function checkLot(lot: LabelLot): void {
  if (!lot.productName.trim()) throw new RangeError("productName is empty")
  if (!Number.isInteger(lot.stars) || lot.stars < 1 || lot.stars > 5)
    throw new RangeError(`stars must be a whole number from 1 to 5, got ${lot.stars}`)
  if (!lot.lot.trim()) throw new RangeError("lot is empty")
  if ([...lot.lot].length > MAX_CODE)
    throw new RangeError(`lot has ${[...lot.lot].length} characters; at most ${MAX_CODE}`)
  checkDate("producedOn", lot.producedOn)
  if (lot.expiresOn !== null) {
    checkDate("expiresOn", lot.expiresOn)
    // Same-format ISO dates compare correctly as strings.
    if (lot.expiresOn < lot.producedOn)
      throw new RangeError(`expiresOn ${lot.expiresOn} is before producedOn ${lot.producedOn}`)
  }
}

/** Throws a RangeError naming the unit (by position) and the field. */
export function checkUnit(unit: LabelUnit, index = 0): void {
  if (!unit.url) throw new RangeError(`unit ${index}: url is empty`)
  if (!unit.serial.trim()) throw new RangeError(`unit ${index}: serial is empty`)
  // The serial's monospaced face has no Vietnamese letters; GS1 serials (AI 21) are ASCII anyway.
  if (!PRINTABLE_ASCII.test(unit.serial))
    throw new RangeError(
      `unit ${index}: serial ${JSON.stringify(unit.serial)} has characters other than printable ASCII`,
    )
  if (unit.serial.length > MAX_CODE)
    throw new RangeError(`unit ${index}: serial has ${unit.serial.length} characters; at most ${MAX_CODE}`)
}

/** "2026-11-01" → "01/11/2026", the order Vietnamese packaging prints. */
export const vietnameseDate = (iso: string) => iso.split("-").reverse().join("/")
