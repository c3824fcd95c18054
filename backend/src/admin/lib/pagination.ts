/** Vietnamese words for @medusajs/ui's Table.Pagination ("1 — 10 / 45 kết quả", "1 / 5 trang"). */
export const PAGE_TRANSLATIONS = { of: "/", results: "kết quả", pages: "trang", prev: "Trước", next: "Sau" }
