/** Lower case without Vietnamese tone marks, so "ca phe" finds "Cà phê" and "dong" finds "Đông". */
export const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase()

/** A handle or key as the API takes it (lower-case ASCII words joined by hyphens), from a name. */
export const slugify = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "")

/** The pattern of handles and keys the API accepts. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/
