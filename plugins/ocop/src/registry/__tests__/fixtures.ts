import type { NumberedRow } from "../row"

/** A registry row valid under QĐ 148/2023 (4★, 36 months), to vary field by field. */
export function row(over: Partial<NumberedRow> = {}): NumberedRow {
  return {
    row: 1,
    certificate_number: "QT-2024-001",
    product_handle: "nuoc-mam-thu-nghiem",
    subject_key: "htx-thu-nghiem",
    subject_name: "HTX Thử nghiệm",
    subject_type: "cooperative",
    subject_commune_code: "19999",
    stars: 4,
    score: 75,
    score_a: 30,
    score_b: 20,
    score_c: 25,
    framework_code: "QD-148-2023",
    decision_number: "123/QĐ-UBND",
    decision_date: "2024-03-01",
    authority: "UBND tỉnh Quảng Trị",
    valid_from: "2024-03-01",
    valid_until: "2027-02-28",
    status: "active",
    status_reason: null,
    status_decision_number: null,
    status_decision_date: null,
    ...over,
  }
}
