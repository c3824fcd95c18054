import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "@ocop/plugin"

export type SetStoryInput = { subject_id: string; story_vi?: string; story_en?: string }
type Story = { id: string; story_vi?: string | null; story_en?: string | null }
/** The part of the OCOP module's service this step uses: its generated update of subjects. */
type Subjects = { updateSubjects(data: Story): Promise<unknown> }

/**
 * Sets the producer's story on its OCOP subject (the plugin's record, which shoppers read on the
 * stall and on every product page): an empty text clears it, a field not sent stays. The registry
 * publishes no story, so an import never overwrites it. Returns the subject's product ids, whose
 * pages show the story; undone by putting the previous texts back.
 */
export const setSubjectStoryStep = createStep(
  "set-producer-subject-story",
  async (input: SetStoryInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "subject",
      fields: ["id", "story_vi", "story_en", "products.id"],
      filters: { id: input.subject_id },
    })
    const subject = data[0] as (Story & { products?: ({ id: string } | null)[] }) | undefined
    const previous: Story = { id: input.subject_id, story_vi: subject?.story_vi, story_en: subject?.story_en }
    const next: Story = { id: input.subject_id }
    if (input.story_vi !== undefined) next.story_vi = input.story_vi || null
    if (input.story_en !== undefined) next.story_en = input.story_en || null
    await container.resolve<Subjects>(OCOP_MODULE).updateSubjects(next)
    const productIds = (subject?.products ?? []).flatMap((p) => (p ? [p.id] : []))
    return new StepResponse(productIds, previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<Subjects>(OCOP_MODULE).updateSubjects(previous)
  },
)
