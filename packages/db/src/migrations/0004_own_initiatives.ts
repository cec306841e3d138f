import { type Kysely, sql } from 'kysely'

/**
 * The initiatives each link counts under for the filter: those it carries that are not an ancestor of another it
 * carries (a consortium's link also carries Belt and Road, its parent, but is the consortium's own). A view, so that
 * it stays true whatever writes the links or the initiatives' parents. And tour stops stored with the filter's old
 * "empty country list means every country" now say so with null, as the one filter definition does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create view link_own_initiatives as
    with recursive ancestry (initiative_id, ancestor_id) as (
      select id, parent_id from initiatives where parent_id is not null
      union
      select ancestry.initiative_id, initiatives.parent_id
      from ancestry join initiatives on initiatives.id = ancestry.ancestor_id
      where initiatives.parent_id is not null
    )
    select carried.link_id, carried.initiative_id
    from link_initiatives carried
    where not exists (
      select 1
      from link_initiatives other
      join ancestry on ancestry.initiative_id = other.initiative_id
      where other.link_id = carried.link_id and ancestry.ancestor_id = carried.initiative_id
    )
  `.execute(db)
  await sql`
    update tour_stops set filter = jsonb_set(filter, '{countries}', 'null'::jsonb)
    where filter -> 'countries' = '[]'::jsonb
  `.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update tour_stops set filter = jsonb_set(filter, '{countries}', '[]'::jsonb)
    where filter -> 'countries' = 'null'::jsonb
  `.execute(db)
  await sql`drop view link_own_initiatives`.execute(db)
}
