/** The storefront's base address, where every link in an e-mail to a shopper or producer leads. */
export const storefrontUrl = () => process.env.STOREFRONT_URL || "http://localhost:8000"
