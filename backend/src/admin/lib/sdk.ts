import Medusa from "@medusajs/js-sdk"

/** The admin's own session: requests go to the backend that serves the dashboard. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
