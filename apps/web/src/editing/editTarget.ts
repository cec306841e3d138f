/**
 * What the editing panel beside the map has open: a new record (id null) or one to change. A partnership added from
 * an institution starts from it (`fromId`).
 */
export type EditTarget =
  | { form: 'institution'; id: string | null }
  | { form: 'link'; id: string | null; fromId: string | null }
  | { form: 'group'; id: string }
