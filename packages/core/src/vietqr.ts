import { foldVietnamese } from "./text"

/**
 * VietQR (NAPAS 247) bank-transfer payloads: EMVCo merchant-presented QR, tag-length-value fields,
 * closed by a CRC-16/CCITT-FALSE over everything before it including "6304". Banking apps in Vietnam
 * read it and prefill account, amount and note; the note carries the order code so a transfer can be
 * matched to its order.
 */
export type VietQrInput = {
  /** The bank's 6-digit NAPAS BIN (e.g. 970436 Vietcombank). */
  bin: string
  /** Beneficiary account (or card) number. */
  account: string
  /** Whole đồng; omitted for a static code the payer fills in. */
  amount?: number
  /** Transfer note, e.g. the order code; folded to ASCII, at most 25 characters. */
  purpose?: string
  /** Transfer to an account (default) or to a card number. */
  to?: "account" | "card"
}

export class VietQrError extends Error {}

const tlv = (id: string, value: string) => {
  if (value.length > 99) throw new VietQrError(`field ${id} is longer than 99 characters`)
  return `${id}${String(value.length).padStart(2, "0")}${value}`
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as 4 upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

/** The note as banks accept it: ASCII letters, digits and spaces. */
export function transferNote(text: string): string {
  return foldVietnamese(text)
    .replace(/[^A-Za-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 25)
}

/** What a VietQR code can carry as the beneficiary: 1–19 letters or digits. */
export function isVietQrAccount(account: string): boolean {
  return /^[A-Za-z0-9]{1,19}$/.test(account)
}

export function buildVietQr(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bin)) throw new VietQrError(`bank BIN must be 6 digits, got "${input.bin}"`)
  if (!isVietQrAccount(input.account)) {
    throw new VietQrError(`account must be 1–19 letters or digits, got "${input.account}"`)
  }
  if (
    input.amount !== undefined &&
    (!Number.isInteger(input.amount) || input.amount <= 0 || input.amount > 9_999_999_999_999)
  ) {
    throw new VietQrError(`amount must be a positive whole number of đồng, got ${input.amount}`)
  }
  const beneficiary = tlv("00", input.bin) + tlv("01", input.account)
  const merchant =
    tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", input.to === "card" ? "QRIBFTTC" : "QRIBFTTA")
  const note = input.purpose ? transferNote(input.purpose) : ""
  const body =
    tlv("00", "01") +
    tlv("01", input.amount ? "12" : "11") + // dynamic when it carries an amount
    tlv("38", merchant) +
    tlv("53", "704") +
    (input.amount ? tlv("54", String(input.amount)) : "") +
    tlv("58", "VN") +
    (note ? tlv("62", tlv("08", note)) : "") +
    "6304"
  return body + crc16(body)
}

export type EmvFields = Record<string, string>

/** Reads a payload back into its top-level fields, checking lengths and the CRC. */
export function parseEmv(payload: string): EmvFields {
  const fields: EmvFields = {}
  let i = 0
  while (i < payload.length) {
    const id = payload.slice(i, i + 2)
    const len = Number(payload.slice(i + 2, i + 4))
    if (!/^\d{2}$/.test(id) || !Number.isInteger(len) || i + 4 + len > payload.length) {
      throw new VietQrError(`malformed field at position ${i}`)
    }
    fields[id] = payload.slice(i + 4, i + 4 + len)
    i += 4 + len
  }
  if (!fields["63"]) throw new VietQrError("no CRC field")
  const expected = crc16(payload.slice(0, payload.length - 4))
  if (fields["63"] !== expected) throw new VietQrError(`CRC ${fields["63"]} does not match ${expected}`)
  return fields
}

/** Short names of the banks most used in Quảng Trị, by NAPAS BIN; other BINs show as digits. */
const BANKS: Record<string, string> = {
  "970405": "Agribank",
  "970407": "Techcombank",
  "970415": "VietinBank",
  "970416": "ACB",
  "970418": "BIDV",
  "970422": "MB Bank",
  "970432": "VPBank",
  "970436": "Vietcombank",
}

export function bankName(bin: string): string | null {
  return BANKS[bin] ?? null
}

/** The banks the shop knows, by name, for a form's choice of bank (the same table `bankName` reads). */
export const VIETQR_BANKS: readonly { bin: string; name: string }[] = Object.entries(BANKS)
  .map(([bin, name]) => ({ bin, name }))
  .sort((a, b) => a.name.localeCompare(b.name))

/** Medusa's id of the VietQR bank-transfer payment provider (backend/src/modules/vietqr-payment). */
export const VIETQR_PROVIDER_ID = "pp_vietqr_vietqr"

/**
 * What the VietQR provider keeps on the payment session and on the order's payment: everything the
 * storefront needs to show the code and the transfer details as text for those who cannot scan.
 */
export type VietQrPaymentData = {
  /** The code in the transfer note that matches the transfer to the order (`newPaymentReference`). */
  reference: string
  /** The EMVCo payload to render as a QR code (`buildVietQr`). */
  qr: string
  /** Whole đồng. */
  amount: number
  bank_bin: string
  account: string
  account_name: string
}

export function isVietQrPaymentData(data: unknown): data is VietQrPaymentData {
  const d = data as Partial<VietQrPaymentData> | null
  return (
    !!d &&
    typeof d.reference === "string" &&
    typeof d.qr === "string" &&
    typeof d.amount === "number" &&
    typeof d.bank_bin === "string" &&
    typeof d.account === "string" &&
    typeof d.account_name === "string"
  )
}
