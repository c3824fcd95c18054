import { defineMiddlewares } from "@medusajs/framework/http"

export default defineMiddlewares({
  routes: [
    {
      // The bank signs the bytes it sends; the route verifies them, so they are kept as received.
      matcher: "/hooks/vietqr",
      methods: ["POST"],
      bodyParser: { preserveRawBody: true, sizeLimit: "64kb" },
    },
  ],
})
