import { z } from 'zod'
import { USER_ROLES } from './constants'

export const userRoleSchema = z.enum(USER_ROLES)
export type UserRole = z.infer<typeof userRoleSchema>

/** Addresses are compared lowercased, so one person cannot hold two accounts by capitalisation. */
export const emailSchema = z
  .email({ error: 'must be an email address such as name@example.org' })
  .max(254)
  .transform((email) => email.toLowerCase())

/** Long enough that guessing is slow even where the slowdown is bypassed; long passphrases are welcome. */
export const passwordSchema = z
  .string()
  .min(12, { error: 'must be at least 12 characters' })
  .max(200, { error: 'must be at most 200 characters' })

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { error: 'is required' }).max(200),
})

/** Who is signed in, as the web app shows it. */
export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: userRoleSchema,
})

export type Account = z.infer<typeof accountSchema>

/** An account as an admin manages it. */
export const userSchema = accountSchema.extend({
  disabled: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  hasPassword: z.boolean(),
})

export type User = z.infer<typeof userSchema>

export const inviteSchema = z.strictObject({
  email: emailSchema,
  name: z.string().min(1).max(200).nullable().default(null),
  role: userRoleSchema,
})

/** A one-time link's token and the password its holder chooses. */
export const redeemSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: passwordSchema,
})
