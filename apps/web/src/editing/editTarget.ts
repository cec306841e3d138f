/**
 * What the editing panel beside the map has open: a new record (id null) or one to change. A partnership added from
 * an institution starts from it (`fromId`); a new tour starts from the map as it is. `initiatives` is the list of
 * initiatives to pick one from, since the map shows them nowhere an editor could open one.
 */
export type EditTarget =
  | { form: 'institution'; id: string | null }
  | { form: 'link'; id: string | null; fromId: string | null }
  | { form: 'group'; id: string | null }
  | { form: 'initiatives' }
  | { form: 'initiative'; id: string | null }
  | { form: 'source'; id: string }
  | { form: 'tour'; id: string | null }
