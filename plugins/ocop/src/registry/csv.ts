/**
 * The registry's CSV export (RFC 4180: comma-separated, double-quoted fields,
 * header line of column names as in docs/registry-feed.md) turned into row objects.
 * Numeric columns become numbers and empty cells null, so the same schema checks
 * CSV and JSON; anything else is left for the schema to reject with its row.
 */
const NUMERIC = new Set(["stars", "score", "score_a", "score_b", "score_c"])

export class CsvError extends Error {}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  let i = 0
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text // Excel writes a BOM
  const endField = () => {
    row.push(field)
    field = ""
  }
  while (i < src.length) {
    const ch = src[i]
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"'
        i += 2
        continue
      }
      if (ch === '"') quoted = false
      else field += ch
      i++
      continue
    }
    if (ch === '"' && field === "") quoted = true
    else if (ch === ",") endField()
    else if (ch === "\n" || ch === "\r") {
      endField()
      if (row.some((f) => f !== "")) rows.push(row)
      row = []
      if (ch === "\r" && src[i + 1] === "\n") i++
    } else field += ch
    i++
  }
  if (quoted) throw new CsvError(`an opening quote is never closed (line ${rows.length + 1})`)
  endField()
  if (row.some((f) => f !== "")) rows.push(row)
  return rows
}

/** Rows keyed by the header's column names; the first data row is row 2, as in a spreadsheet. */
export function csvToRows(text: string): { columns: string[]; rows: Record<string, unknown>[] } {
  const [header, ...lines] = parseCsv(text)
  if (!header) throw new CsvError("the file is empty")
  const columns = header.map((h) => h.trim())
  const rows = lines.map((cells) => {
    const row: Record<string, unknown> = {}
    columns.forEach((col, i) => {
      const cell = (cells[i] ?? "").trim()
      row[col] = cell === "" ? null : NUMERIC.has(col) && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell
    })
    if (cells.length > columns.length) row["(extra cells)"] = cells.slice(columns.length)
    return row
  })
  return { columns, rows }
}
