import { S3FileService } from "@medusajs/file-s3/dist/services/s3-file"
import type { FileTypes, Logger } from "@medusajs/framework/types"
import { AbstractFileProviderService, MedusaError } from "@medusajs/framework/utils"
import { bucketOptions, isPrivateKey, type S3BucketsOptions } from "./options"

type Access = FileTypes.ProviderUploadFileDTO["access"]

/**
 * Files on S3 or an S3-compatible service, in two buckets: public files (product photos) where
 * anyone may read them by URL, private ones (agreement PDFs, counterfeit-report photos) where only
 * the backend's keys reach them, to be streamed by the routes that check who asks.
 *
 * Medusa's S3 provider keeps both kinds in one bucket and tells them apart by object ACLs, which
 * MinIO does not apply and AWS disables by default (decision 032). Its File Module takes exactly one
 * provider, so this one holds Medusa's provider twice, one per bucket, and sends each call to the
 * right one: new files by their access (private unless "public", as Medusa's own providers read
 * it), stored files by their key's prefix.
 */
export class S3BucketsFileService extends AbstractFileProviderService {
  static identifier = "s3-buckets"
  protected readonly public_: S3FileService
  protected readonly private_: S3FileService

  constructor({ logger }: { logger: Logger }, options: S3BucketsOptions) {
    super()
    this.public_ = new S3FileService({ logger }, bucketOptions(options, "public"))
    this.private_ = new S3FileService({ logger }, bucketOptions(options, "private"))
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.bucket || !options.private_bucket || !options.file_url || !options.region)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The S3 file provider needs bucket, private_bucket, file_url and region",
      )
    if (options.bucket === options.private_bucket)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The S3 file provider's private_bucket must differ from bucket, which anyone may read",
      )
  }

  private byAccess(access: Access) {
    return access === "public" ? this.public_ : this.private_
  }

  private byKey(fileKey: string) {
    return isPrivateKey(fileKey) ? this.private_ : this.public_
  }

  upload(file: FileTypes.ProviderUploadFileDTO) {
    return this.byAccess(file.access).upload(file)
  }

  getUploadStream(file: FileTypes.ProviderUploadStreamDTO) {
    return this.byAccess(file.access).getUploadStream(file)
  }

  getPresignedUploadUrl(file: FileTypes.ProviderGetPresignedUploadUrlDTO) {
    return this.byAccess(file.access).getPresignedUploadUrl(file)
  }

  getPresignedDownloadUrl(file: FileTypes.ProviderGetFileDTO) {
    return this.byKey(file.fileKey).getPresignedDownloadUrl(file)
  }

  getDownloadStream(file: FileTypes.ProviderGetFileDTO) {
    return missingAsNotFound(file.fileKey, () => this.byKey(file.fileKey).getDownloadStream(file))
  }

  getAsBuffer(file: FileTypes.ProviderGetFileDTO) {
    return missingAsNotFound(file.fileKey, () => this.byKey(file.fileKey).getAsBuffer(file))
  }

  async delete(files: FileTypes.ProviderDeleteFileDTO | FileTypes.ProviderDeleteFileDTO[]) {
    const all = Array.isArray(files) ? files : [files]
    const privateFiles = all.filter((f) => isPrivateKey(f.fileKey))
    const publicFiles = all.filter((f) => !isPrivateKey(f.fileKey))
    await Promise.all([
      privateFiles.length ? this.private_.delete(privateFiles) : undefined,
      publicFiles.length ? this.public_.delete(publicFiles) : undefined,
    ])
  }
}

/**
 * A key the bucket does not hold becomes Medusa's NOT_FOUND, which a route answers with 404, rather
 * than the SDK's own error, which it would answer with 500.
 */
async function missingAsNotFound<T>(fileKey: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
    if (e.name === "NoSuchKey" || e.$metadata?.httpStatusCode === 404)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `File ${fileKey} was not found`)
    throw error
  }
}
