import type { Account, User, UserRole } from '@atlas/schema'
import type { Kysely } from 'kysely'
import type { Database } from '../types'

type Db = Kysely<Database>

/** The account that signs in with this address, with what checking a password needs. */
export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'password_hash', 'disabled'])
    .where('email', '=', email)
    .executeTakeFirst()
}

export async function findAccount(
  db: Db,
  id: string,
): Promise<(Account & { disabled: boolean }) | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'disabled'])
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'disabled', 'created_at', 'password_hash'])
    .orderBy('email')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    disabled: r.disabled,
    createdAt: new Date(r.created_at).toISOString(),
    hasPassword: r.password_hash !== null,
  }))
}

/** A new account without a password: its holder chooses one through a sign-in link. */
export async function insertUser(
  db: Db,
  user: { id: string; email: string; name: string | null; role: UserRole; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      created_by: user.createdBy,
    })
    .execute()
}

export async function updateUser(
  db: Db,
  id: string,
  change: { role?: UserRole; disabled?: boolean; passwordHash?: string },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(change.role && { role: change.role }),
      ...(change.disabled !== undefined && { disabled: change.disabled }),
      ...(change.passwordHash && { password_hash: change.passwordHash }),
    })
    .where('id', '=', id)
    .execute()
}

/** Admins who can still sign in: the last one may not be demoted or disabled. */
export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('role', '=', 'admin')
    .where('disabled', '=', false)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}
