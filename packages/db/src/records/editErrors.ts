import type { Dependent } from './store'

/** The record changed since the editor read it: the save is refused and the current version shown. */
export class EditConflict extends Error {
  constructor(
    readonly current: unknown,
    readonly version: number,
  ) {
    super(
      `someone else saved this record since you opened it (now version ${version}); review their change and edit again`,
    )
  }
}

export class RecordMissing extends Error {
  constructor(entity: string, id: string) {
    super(`${entity} "${id}" does not exist`)
  }
}

export class RecordExists extends Error {
  constructor(entity: string, id: string) {
    super(`id: ${entity} "${id}" already exists; choose another id`)
  }
}

/** Deleting a record others use is refused, naming them, unless the editor confirms the cascade. */
export class RecordInUse extends Error {
  constructor(
    entity: string,
    id: string,
    readonly dependents: Dependent[],
  ) {
    super(
      `${entity} "${id}" is used by ${dependents.map((d) => `${d.entity} ${d.id} (${d.name})`).join(', ')}; delete those first${entity === 'institution' ? ' or confirm deleting them with it' : ''}`,
    )
  }
}
