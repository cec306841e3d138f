/** Reads newline-delimited JSON as it arrives: a chunk may end in the middle of a line, or hold several lines. */
export interface NdjsonReader {
  /** Takes the next piece of text and answers the values of the lines it completes. */
  push(chunk: string): unknown[]
  /** Answers the value of a last line that had no newline after it, once the text has ended. */
  end(): unknown[]
}

/**
 * A reader for a stream of JSON lines (`application/x-ndjson`). It keeps only the unfinished line between chunks,
 * so a long answer is read as it comes; a line that is not JSON throws, naming its line number.
 */
export function ndjsonReader(): NdjsonReader {
  let pending = ''
  let lineNumber = 0
  const parse = (line: string): unknown[] => {
    lineNumber += 1
    if (line.trim() === '') return []
    try {
      return [JSON.parse(line)]
    } catch (error) {
      throw new Error(`line ${lineNumber} of the answer is not JSON`, { cause: error })
    }
  }
  return {
    push(chunk) {
      const lines = (pending + chunk).split('\n')
      pending = lines.pop() ?? ''
      return lines.flatMap(parse)
    },
    end() {
      const last = pending
      pending = ''
      return last === '' ? [] : parse(last)
    },
  }
}
