import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityDTO,
  AuthIdentityProviderService,
  EmailPassAuthProviderOptions,
  Logger,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider, MedusaError } from "@medusajs/framework/utils"
import medusaEmailPass from "@medusajs/medusa/auth-emailpass"
import { randomBytes } from "node:crypto"

/** Medusa's e-mail and password provider, as its module exports it (the class itself is not exported). */
interface EmailPassProvider extends Pick<AbstractAuthModuleProvider, "provider"> {
  authenticate(input: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse>
  register(input: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse>
  hashPassword(password: string): Promise<string>
}
const MedusaEmailPass = medusaEmailPass.services[0] as new (
  deps: { logger: Logger },
  options: EmailPassAuthProviderOptions,
) => EmailPassProvider

/** Every refused registration says this, so the answer does not tell whether an e-mail has an account. */
export const REGISTRATION_REFUSED =
  "Could not register with these details. If you already have an account, sign in or reset your password."

/**
 * Medusa's e-mail and password provider, answering alike whether or not an account exists. Medusa
 * checks a password with scrypt only when the e-mail is known, so an unknown e-mail answered in a few
 * milliseconds against some 150 for a known one; here an unknown e-mail's password is checked against
 * a dummy hash made with the same parameters, through Medusa's own code, and then refused as before.
 * Registration says one generic thing whatever the reason, never "already exists".
 */
export class UniformEmailPassService extends MedusaEmailPass {
  private dummyIdentity: Promise<AuthIdentityDTO> | null = null

  constructor(deps: { logger: Logger }, options: EmailPassAuthProviderOptions) {
    super(deps, options)
    // Made at start, so that not even the first unknown e-mail pays for making it.
    void this.dummy()
  }

  /** An identity nobody can sign in to, whose hash costs what a real one costs to check. */
  private dummy(): Promise<AuthIdentityDTO> {
    this.dummyIdentity ??= this.hashPassword(randomBytes(32).toString("hex")).then(
      (password) =>
        ({ id: "dummy", provider_identities: [{ provider: this.provider, provider_metadata: { password } }] }) as never,
    )
    return this.dummyIdentity
  }

  async authenticate(
    input: AuthenticationInput,
    identities: AuthIdentityProviderService,
  ): Promise<AuthenticationResponse> {
    const evenLookup: AuthIdentityProviderService = {
      ...identities,
      retrieve: async (selector) => {
        try {
          return await identities.retrieve(selector)
        } catch (error) {
          if ((error as MedusaError).type !== MedusaError.Types.NOT_FOUND) throw error
          const dummy = await this.dummy()
          await super.authenticate(input, { ...identities, retrieve: async () => dummy })
          throw error
        }
      },
    }
    return super.authenticate(input, evenLookup)
  }

  async register(input: AuthenticationInput, identities: AuthIdentityProviderService): Promise<AuthenticationResponse> {
    const result = await super.register(input, identities)
    return result.success ? result : { success: false, error: REGISTRATION_REFUSED }
  }
}
