import type { SweepRoute } from "./sweep-routes"

/**
 * Who may call each custom route, by area. Every route found in the tree must fall under one rule;
 * a new route outside them fails the authorization sweep until it is given one here.
 */
export type Rule = "official" | "portal" | "producer" | "customer" | "order" | "signed" | "public"

const RULES: [RegExp, Rule, string][] = [
  [/^\/admin\//, "official", "the Admin API: officials only"],
  [/^\/store\/trade\/me(\/|$)/, "portal", "the business portal: signed-in customers, their own business"],
  [/^\/store\/producer(\/|$)/, "producer", "the producer workspace: its members, acting for their own producer only"],
  [/^\/store\/customers\/me\/(data|erase)$/, "customer", "the signed-in shopper's own data: its copy, its erasure"],
  [/^\/store\/producer-invites\//, "customer", "signed-in customers: an invitation sent to their own e-mail"],
  [/^\/store\/ocop\/me(\/|$)/, "customer", "signed-in shoppers: their own reviews and helpful votes"],
  [/^\/hooks\//, "signed", "notifications signed by the sender (the bank)"],
  [/^\/(01|p)\//, "public", "the GS1 resolver: printed on packages for anyone to scan"],
  [/^\/\.well-known\/gs1resolver$/, "public", "the GS1 resolver's description file, read by any client"],
  [/^\/store\/trace$/, "public", "the scan page's facts, as printed on a package"],
  [/^\/store\/trace\/reports$/, "public", "a visitor's report of a suspected counterfeit: no account, throttled"],
  [
    /^\/store\/ocop\/(communes|frameworks|producers|products|ratings)(\/|$)/,
    "public",
    "catalogue facts of listed products",
  ],
  [/^\/store\/trade\/(events|sales-points)(\/|$)/, "public", "fairs and sales points, published by officials"],
  [/^\/store\/ocop\/policies(\/|$)/, "public", "the operator's details and its published policies"],
  [/^\/store\/ocop\/consents\/me(\/|$)/, "customer", "signed-in customers: their own consents"],
  [
    /^\/store\/ocop\/carts\/\[id\]\/consents$/,
    "public",
    "consent at checkout for a cart, to whoever holds the cart id, as Medusa's cart routes",
  ],
  [/^\/store\/ocop\/order-access(\/|$)/, "public", "mints an order's link from a secret the caller holds"],
  [
    /^\/store\/ocop\/orders\/\[id\]\/shipments$/,
    "order",
    "an order's shipments: its customer, or a guest with the order's signed link (as GET /store/orders/:id)",
  ],
  [
    /^\/store\/ocop\/orders\/\[id\]\/returns(\/|$)/,
    "order",
    "an order's returns: its customer, or a guest with the order's signed link; a return of another order is 404",
  ],
  [
    /^\/store\/ocop\/carts\/\[id\]\/listing$/,
    "public",
    "a cart's lines on sale, to whoever holds the cart id, as Medusa's cart routes",
  ],
]

export const ruleOf = (route: SweepRoute): Rule | undefined => RULES.find(([re]) => re.test(route.path))?.[1]

/** Route parameters that name a record nobody owns (a public fair), so no ownership test applies. */
export const PUBLIC_PARAMS: Record<string, string> = {
  "GET /store/trade/me/events/[id]/slots":
    "a fair is public; whose calendar one may read is the finding-12 test in trade.spec.ts",
}

export const keyOf = (method: string, route: SweepRoute) => `${method} ${route.path}`
