/**
 * Vietnamese phone numbers as shoppers type them ("0912 345 678", "+84 912-345-678", "84912345678")
 * normalised to E.164 (+84…). Mobile numbers have 9 digits after the country code and start with
 * 3, 5, 7, 8 or 9 since the 2018 renumbering; landlines have 10 and start with 2 (area code 2xx).
 */
export type PhoneResult = { ok: true; e164: string } | { ok: false; reason: string }

export function normalizeVietnamesePhone(input: string): PhoneResult {
  const compact = input.trim().replace(/[\s.\-()]/g, "")
  if (!compact) return { ok: false, reason: "empty" }
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: "only digits, spaces and a leading + are allowed" }
  let national: string
  if (compact.startsWith("+84")) national = compact.slice(3)
  else if (compact.startsWith("+")) return { ok: false, reason: "not a Vietnamese number (+84)" }
  else if (compact.startsWith("84") && compact.length >= 11) national = compact.slice(2)
  else if (compact.startsWith("0")) national = compact.slice(1)
  else return { ok: false, reason: "start with 0 or +84" }
  if (national.startsWith("0")) national = national.slice(1) // "+84 0912…", a common slip
  if (/^[35789]\d{8}$/.test(national) || /^2\d{9}$/.test(national)) return { ok: true, e164: `+84${national}` }
  return { ok: false, reason: "a mobile number has 10 digits starting 03, 05, 07, 08 or 09 (landline: 02 + 9 digits)" }
}

/** "+84912345678" → "0912 345 678", the way it is read out in Vietnam. */
export function formatVietnamesePhone(e164: string): string {
  const national = e164.startsWith("+84") ? `0${e164.slice(3)}` : e164
  return national.length === 10 ? `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}` : national
}
