import path from "node:path"
import type { S3BucketsOptions } from "../modules/file-s3-buckets/options"

/** The variables that only mean something together with S3_BUCKET. */
const S3_COMPANIONS = [
  "S3_PRIVATE_BUCKET",
  "S3_ENDPOINT",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FILE_URL",
  "S3_FORCE_PATH_STYLE",
]

/**
 * Medusa's File Module with one provider, chosen by the environment (docs/operations.md):
 *
 * - S3_BUCKET set: files on S3 or an S3-compatible service (MinIO in docker-compose.yml), which every
 *   server and the worker share — public ones in S3_BUCKET, private ones in S3_PRIVATE_BUCKET
 *   (`src/modules/file-s3-buckets`, decision 032);
 * - otherwise Medusa's local provider, for one machine: public files in the server's `static/`,
 *   served at /static, private ones in PRIVATE_UPLOAD_DIR, outside it.
 *
 * Either way private files (agreement PDFs, counterfeit-report photos) have no public address: they
 * are streamed only by the routes that check who asks (docs/trade.md, docs/traceability.md).
 */
export function fileModule(env: NodeJS.ProcessEnv, backendUrl: string) {
  const s3 = s3FileOptions(env)
  const provider = s3
    ? { resolve: "./src/modules/file-s3-buckets", id: "s3", options: s3 }
    : {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          backend_url: `${backendUrl}/static`,
          private_upload_dir: env.PRIVATE_UPLOAD_DIR || path.join(process.cwd(), "private-uploads"),
        },
      }
  return { resolve: "@medusajs/medusa/file", options: { providers: [provider] } }
}

/**
 * The S3 provider's options from S3_* variables, or null when S3_BUCKET is unset. A set that cannot
 * work stops the start with what to fix, rather than leave files on one server's disk unnoticed.
 */
export function s3FileOptions(env: NodeJS.ProcessEnv): S3BucketsOptions | null {
  const read = (name: string) => env[name]?.trim() || undefined
  const bucket = read("S3_BUCKET")
  if (!bucket) {
    const stray = S3_COMPANIONS.filter((name) => read(name))
    if (stray.length)
      throw new Error(
        `${stray.join(", ")} ${stray.length > 1 ? "are" : "is"} set but S3_BUCKET is not: set S3_BUCKET and ` +
          "S3_PRIVATE_BUCKET to keep files in S3, or unset the S3_ variables to keep them on this server's disk",
      )
    return null
  }
  const privateBucket = read("S3_PRIVATE_BUCKET")
  if (!privateBucket)
    throw new Error(
      "S3_PRIVATE_BUCKET is not set: private files (agreement PDFs, report photos) need a bucket of their own, " +
        "which nobody may read anonymously",
    )
  if (privateBucket === bucket)
    throw new Error("S3_PRIVATE_BUCKET must differ from S3_BUCKET: anyone may read the public bucket's files")
  for (const [name, value] of [
    ["S3_BUCKET", bucket],
    ["S3_PRIVATE_BUCKET", privateBucket],
  ])
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(value))
      throw new Error(`${name} is not a bucket name (3 to 63 lower-case letters, digits, dots and hyphens): ${value}`)

  const accessKeyId = read("S3_ACCESS_KEY_ID")
  const secretAccessKey = read("S3_SECRET_ACCESS_KEY")
  if (!accessKeyId !== !secretAccessKey)
    throw new Error(
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to sign with the machine's " +
        "own AWS credentials (an IAM role)",
    )
  const endpoint = httpUrl("S3_ENDPOINT", read("S3_ENDPOINT"))
  const region = read("S3_REGION") ?? "us-east-1"
  const forcePathStyle = flag("S3_FORCE_PATH_STYLE", read("S3_FORCE_PATH_STYLE"), endpoint !== undefined)
  const fileUrl = httpUrl("S3_FILE_URL", read("S3_FILE_URL")) ?? bucketAddress(bucket, region, endpoint, forcePathStyle)
  return {
    bucket,
    private_bucket: privateBucket,
    file_url: fileUrl,
    region,
    endpoint,
    access_key_id: accessKeyId,
    secret_access_key: secretAccessKey,
    force_path_style: forcePathStyle,
  }
}

/** An http(s) address without its trailing slash, or undefined when unset. */
function httpUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name} is not a URL: ${value}`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`${name} must start with http:// or https://, got ${url.protocol}//`)
  return value.replace(/\/+$/, "")
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback
  if (value === "true" || value === "false") return value === "true"
  throw new Error(`${name} must be true or false, got ${value}`)
}

/**
 * Where the public bucket's files are read when S3_FILE_URL does not say: on the endpoint (or AWS),
 * with the bucket in the path or in the host name as the requests address it.
 */
function bucketAddress(bucket: string, region: string, endpoint: string | undefined, pathStyle: boolean): string {
  const base = endpoint ?? `https://s3.${region}.amazonaws.com`
  if (pathStyle) return `${base}/${bucket}`
  const { protocol, host } = new URL(base)
  return `${protocol}//${bucket}.${host}`
}
