import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Deletes, through the File Module, the files of photos no gallery holds any more. The last step of
 * its workflow, after every write: a file is gone only once nothing refers to it. Best effort: a
 * provider that fails (a storage outage) leaves an unreferenced file behind and is logged, rather
 * than undo the producer's change.
 */
export const dropPhotoFilesStep = createStep("drop-producer-photo-files", async (fileIds: string[], { container }) => {
  if (!fileIds.length) return new StepResponse(0)
  try {
    await container.resolve(Modules.FILE).deleteFiles(fileIds)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`producer photos: ${fileIds.length} files could not be deleted (${(error as Error).message})`)
  }
  return new StepResponse(fileIds.length)
})
