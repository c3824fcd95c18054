import type { S3FileServiceOptions } from "@medusajs/framework/types"

/** What the provider is configured with (`src/config/files.ts` reads it from S3_* variables). */
export type S3BucketsOptions = {
  /** Public files (product photos): anyone may read them under `file_url`, by the bucket's policy. */
  bucket: string
  /** Private files (agreement PDFs, counterfeit-report photos): read only with the keys below. */
  private_bucket: string
  /** Where browsers read public files: the bucket's address, or a CDN in front of it. */
  file_url: string
  region: string
  /** An S3-compatible service (MinIO); unset for AWS S3. */
  endpoint?: string
  /** Both or neither: without them the AWS SDK's own chain (an IAM role) signs the requests. */
  access_key_id?: string
  secret_access_key?: string
  /** `bucket` in the path rather than the host name, as MinIO and other S3-compatible services expect. */
  force_path_style?: boolean
}

/**
 * Every key starts with the side it was stored on, so a file is found again from its key alone:
 * Medusa's File Module passes only the key to reads and deletes (its local provider marks private
 * keys the same way). Public keys have a prefix too, so no file name can pass for a private key.
 */
export const KEY_PREFIX = { public: "public/", private: "private/" } as const

export const isPrivateKey = (fileKey: string) => fileKey.startsWith(KEY_PREFIX.private)

/** The options of Medusa's own S3 provider for one side's bucket. */
export function bucketOptions(options: S3BucketsOptions, side: "public" | "private"): S3FileServiceOptions {
  const common = {
    region: options.region,
    endpoint: options.endpoint,
    access_key_id: options.access_key_id,
    secret_access_key: options.secret_access_key,
    authentication_method: options.access_key_id ? ("access-key" as const) : ("s3-iam-role" as const),
    // No ACL on objects: who may read is decided by each bucket's policy. MinIO ignores object ACLs,
    // and AWS refuses them on buckets created with its defaults (ACLs disabled).
    acl: false as const,
    prefix: KEY_PREFIX[side],
    additional_client_config: { forcePathStyle: options.force_path_style ?? false },
  }
  if (side === "public") return { ...common, bucket: options.bucket, file_url: options.file_url }
  return {
    ...common,
    bucket: options.private_bucket,
    // Not a web address on purpose: a private file has none; the authorised routes stream it.
    file_url: `s3://${options.private_bucket}`,
    // Should a signed link ever be handed out, no shared cache keeps the file.
    cache_control: "private, no-store",
  }
}
