/** A paragraph of a seed text with the line it starts on, so errors and removals can cite it. */
export interface SourceParagraph {
  text: string;
  /** 1-based line of the seed file where the paragraph begins. */
  line: number;
}

/**
 * Splits a seed text into paragraphs at blank lines, and at a single line break that
 * follows the end of a sentence and precedes a new one (many news texts put one paragraph
 * on each line, with no blank line between). Other lines inside a paragraph are joined
 * with a space: a line break in mid-sentence is layout, not content. Windows and old Mac
 * line endings are accepted.
 */
const ENDS_SENTENCE = /[.!?…][”"’»)\]]*$/u;
const STARTS_SENTENCE = /^[\p{Lu}\p{N}“"«‘(]/u;

export function splitParagraphs(text: string): SourceParagraph[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: SourceParagraph[] = [];
  let current: string[] = [];
  let startLine = 1;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      if (current.length > 0) paragraphs.push({ text: current.join(' '), line: startLine });
      current = [];
      return;
    }
    const previous = current.at(-1);
    if (
      previous !== undefined &&
      ENDS_SENTENCE.test(previous) &&
      STARTS_SENTENCE.test(line.trim())
    ) {
      paragraphs.push({ text: current.join(' '), line: startLine });
      current = [];
    }
    if (current.length === 0) startLine = index + 1;
    current.push(line.trim());
  });
  if (current.length > 0) paragraphs.push({ text: current.join(' '), line: startLine });
  return paragraphs;
}
