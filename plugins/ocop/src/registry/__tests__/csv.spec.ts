import { describe, expect, it } from "vitest"
import { CsvError, csvToRows, parseCsv } from "../csv"

describe("the registry's CSV export", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ])
  })

  it("drops Excel's byte-order mark and blank lines", () => {
    expect(parseCsv("\ufeffa,b\n\n1,2\n\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ])
  })

  it("keys rows by the header, turns numeric columns into numbers and empty cells into null", () => {
    const { columns, rows } = csvToRows("certificate_number,stars,score,authority\nQT-1, 4 ,75.5,\n")
    expect(columns).toEqual(["certificate_number", "stars", "score", "authority"])
    expect(rows).toEqual([{ certificate_number: "QT-1", stars: 4, score: 75.5, authority: null }])
  })

  it("leaves a non-numeric star count as text, for the row check to refuse with its row", () => {
    expect(csvToRows("stars\nbốn\n").rows).toEqual([{ stars: "bốn" }])
  })

  it("keeps cells beyond the header so the row check can name them", () => {
    expect(csvToRows("a\n1,2,3\n").rows).toEqual([{ a: "1", "(extra cells)": ["2", "3"] }])
  })

  it("refuses an empty file and an unclosed quote", () => {
    expect(() => csvToRows("")).toThrow(CsvError)
    expect(() => parseCsv('a\n"open')).toThrow("an opening quote is never closed")
  })
})
