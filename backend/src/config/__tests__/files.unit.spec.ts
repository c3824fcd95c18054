import path from "node:path"
import { describe, expect, it } from "vitest"
import { fileModule, s3FileOptions } from "../files"

const minio = {
  S3_BUCKET: "ocop-public",
  S3_PRIVATE_BUCKET: "ocop-private",
  S3_ENDPOINT: "http://minio:9000/",
  S3_ACCESS_KEY_ID: "ocop-files",
  S3_SECRET_ACCESS_KEY: "a-long-secret",
}
const provider = (env: NodeJS.ProcessEnv) => fileModule(env, "https://api.example.vn").options.providers[0]

describe("the file module's provider", () => {
  it("is Medusa's local provider without S3_BUCKET: public files under /static, private ones outside it", () => {
    expect(provider({ PRIVATE_UPLOAD_DIR: "/srv/private" })).toEqual({
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { backend_url: "https://api.example.vn/static", private_upload_dir: "/srv/private" },
    })
    expect(provider({}).options).toMatchObject({ private_upload_dir: path.join(process.cwd(), "private-uploads") })
  })

  it("is the two-bucket S3 provider with S3_BUCKET, the path-style address on MinIO", () => {
    expect(provider(minio)).toEqual({
      resolve: "./src/modules/file-s3-buckets",
      id: "s3",
      options: {
        bucket: "ocop-public",
        private_bucket: "ocop-private",
        file_url: "http://minio:9000/ocop-public",
        region: "us-east-1",
        endpoint: "http://minio:9000",
        access_key_id: "ocop-files",
        secret_access_key: "a-long-secret",
        force_path_style: true,
      },
    })
  })

  it("reads public files where S3_FILE_URL says (a CDN, or MinIO's outside address)", () => {
    expect(s3FileOptions({ ...minio, S3_FILE_URL: "https://files.example.vn/" })?.file_url).toBe(
      "https://files.example.vn",
    )
  })

  it("on AWS: the bucket in the host name, and the machine's own credentials when no keys are given", () => {
    const aws = s3FileOptions({
      S3_BUCKET: "ocop-public",
      S3_PRIVATE_BUCKET: "ocop-private",
      S3_REGION: "ap-southeast-1",
    })
    expect(aws).toMatchObject({
      file_url: "https://ocop-public.s3.ap-southeast-1.amazonaws.com",
      region: "ap-southeast-1",
      endpoint: undefined,
      access_key_id: undefined,
      force_path_style: false,
    })
    expect(s3FileOptions({ ...minio, S3_FORCE_PATH_STYLE: "false" })?.file_url).toBe("http://ocop-public.minio:9000")
  })

  it("stops the start with what to fix when the set cannot work", () => {
    const refusals: [NodeJS.ProcessEnv, RegExp][] = [
      [
        { S3_ENDPOINT: "http://minio:9000", S3_PRIVATE_BUCKET: "p" },
        /S3_PRIVATE_BUCKET, S3_ENDPOINT are set but S3_BUCKET/,
      ],
      [{ ...minio, S3_PRIVATE_BUCKET: "" }, /S3_PRIVATE_BUCKET is not set/],
      [{ ...minio, S3_PRIVATE_BUCKET: "ocop-public" }, /must differ from S3_BUCKET/],
      [{ ...minio, S3_BUCKET: "OCOP_Public" }, /S3_BUCKET is not a bucket name/],
      [{ ...minio, S3_SECRET_ACCESS_KEY: " " }, /go together/],
      [{ ...minio, S3_ENDPOINT: "minio:9000" }, /S3_ENDPOINT must start with http/],
      [{ ...minio, S3_FILE_URL: "not a url" }, /S3_FILE_URL is not a URL/],
      [{ ...minio, S3_FORCE_PATH_STYLE: "yes" }, /S3_FORCE_PATH_STYLE must be true or false/],
    ]
    for (const [env, message] of refusals) expect(() => s3FileOptions(env), message.source).toThrow(message)
  })
})
