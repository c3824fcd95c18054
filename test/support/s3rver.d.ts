// s3rver ships no types: the part the tests use, an S3-compatible server in the test's own process.
declare module "s3rver" {
  import type { AddressInfo } from "node:net"
  export default class S3rver {
    constructor(options: {
      address?: string
      port?: number
      directory: string
      silent?: boolean
      configureBuckets?: { name: string }[]
    })
    run(): Promise<AddressInfo>
    close(): Promise<void>
  }
}
