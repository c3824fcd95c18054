import type { TraceLotTest } from "@ocop/core"

/** A quality test as stored on a lot: the shown test plus its English texts, each optional. */
export type StoredLotTest = TraceLotTest & { name_en?: string; result_en?: string; lab_en?: string }

/** The test as a reader of `english` sees it: English where the record has it, else Vietnamese. */
export function localTest(test: StoredLotTest, english: boolean): TraceLotTest {
  return {
    name: (english && test.name_en) || test.name,
    result: (english && test.result_en) || test.result,
    lab: (english && test.lab_en) || test.lab,
    report_ref: test.report_ref,
    tested_on: test.tested_on,
  }
}
