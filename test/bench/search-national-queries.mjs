// The national benchmark's search queries, shared by test/bench/national.mjs (end to end) and
// test/bench/search-national.mjs (the provider alone). What shoppers type: without marks, with marks,
// a misspelling, two words far apart, a place. A pair is [typed, meant]: relevance is scored
// against what the shopper meant.
export const QUERIES = [
  "nuoc mam",
  "Nước mắm",
  "ca phe hat rang",
  "mat ong rung",
  "gao thom",
  "hat dieu rang muoi",
  "tra xanh",
  "non la",
  "ruou nep",
  "thanh long ruot do",
  "tinh dau sa",
  ["nuoc mamm", "nuoc mam"], // misspelt: relevant is what the shopper meant
  "gao thom dien bien",
  "mit say",
]

/** Words typed without the space between syllables, as phones often send them (not in the 14). */
export const JOINED_QUERIES = [
  ["caphe", "ca phe"],
  ["nuocmam", "nuoc mam"],
  ["matong", "mat ong"],
]
