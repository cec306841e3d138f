import { institutionNames } from '../i18n/institutionName'
import { Localized } from './Localized'

interface Props {
  institution: Parameters<typeof institutionNames>[0]
}

/**
 * An institution's name in the interface language where it has one, its other name beneath (北京工业大学 under
 * Beijing University of Technology for a Polish reader), each marked with its language.
 */
export function InstitutionName({ institution }: Props) {
  const { name, other } = institutionNames(institution)
  return (
    <>
      <Localized named={name} />
      {other ? (
        <>
          {' '}
          <span className="other-name" lang={other.lang ?? undefined}>
            {other.text}
          </span>
        </>
      ) : null}
    </>
  )
}
