import { createRecord, deleteRecord, type RecordStore, readRecord, updateRecord } from '@atlas/db'
import { byIdSchema, idSchema } from '@atlas/schema'
import { z } from 'zod'
import { type Context, editorProcedure, notFound } from './trpc'

const savedSchema = z.object({ id: idSchema, version: z.number().int() })
const deletedSchema = z.object({
  deleted: z.array(z.object({ entity: z.string(), id: z.string(), name: z.string() })),
})

type Cascade = NonNullable<NonNullable<Parameters<typeof deleteRecord>[5]>['cascade']>

/** What an entity's writes check beyond its schema, and what a deletion may take with it. */
interface EditRules<T> {
  /** Throws a 400 naming the field when the record cannot be written as it is (a point outside its country). */
  check?: (ctx: Context, record: T) => Promise<void> | void
  /** Throws when the stored record may not be written through this entity (a group's membership link). */
  guard?: (ctx: Context, id: string) => Promise<void>
  /** Offered for institutions: what uses the record goes with it once the editor confirms. */
  cascade?: (id: string, userId: string) => Cascade
}

/**
 * `create`, `update` and `delete` for one entity: editors only, validated by the entity's shared schema, each change
 * kept in history in the same transaction. `update` and `delete` name the version the editor read, so a stale save
 * is refused (409) with the current record rather than overwriting what another editor saved.
 */
export function editProcedures<T extends { id: string }, I>(
  store: RecordStore<T>,
  schema: z.ZodType<T, I>,
  rules: EditRules<T> = {},
) {
  return {
    /** The record as an editor opens it, with the version a save must name. */
    record: editorProcedure
      .input(byIdSchema)
      .output(
        z.object({
          record: z.custom<T>((value) => schema.safeParse(value).success, { error: 'is not valid' }),
          version: z.number().int(),
        }),
      )
      .query(async ({ ctx, input }) => {
        const found = await readRecord(ctx.db, store, input.id)
        if (!found) throw notFound(store.entity, input.id)
        return found
      }),
    create: editorProcedure
      .input(z.strictObject({ record: schema }))
      .output(savedSchema)
      .mutation(async ({ ctx, input }) => {
        await rules.check?.(ctx, input.record)
        const { version } = await createRecord(ctx.db, store, input.record, ctx.account.id)
        return { id: input.record.id, version }
      }),
    update: editorProcedure
      .input(z.strictObject({ version: z.number().int().min(1), record: schema }))
      .output(savedSchema)
      .mutation(async ({ ctx, input }) => {
        await rules.guard?.(ctx, input.record.id)
        await rules.check?.(ctx, input.record)
        const { version } = await updateRecord(ctx.db, store, input.record, input.version, ctx.account.id)
        return { id: input.record.id, version }
      }),
    delete: editorProcedure
      .input(
        z.strictObject({
          id: idSchema,
          version: z.number().int().min(1),
          cascade: z.boolean().default(false),
        }),
      )
      .output(deletedSchema)
      .mutation(async ({ ctx, input }) => {
        await rules.guard?.(ctx, input.id)
        const cascade = input.cascade ? rules.cascade?.(input.id, ctx.account.id) : undefined
        return deleteRecord(ctx.db, store, input.id, input.version, ctx.account.id, { cascade })
      }),
  }
}
