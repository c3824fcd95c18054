// The stock provider's own migration (extensions, `search_postgres_index`), found here because
// Medusa runs the migrations that sit next to the registered provider. Same name: a database
// that already ran it through `@medusajs/medusa/search-postgres` does not run it again.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
