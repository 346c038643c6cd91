/** A paragraph of a seed text with the line it starts on, so errors and removals can cite it. */
export interface SourceParagraph {
  text: string;
  /** 1-based line of the seed file where the paragraph begins. */
  line: number;
}

/**
 * Splits a seed text into paragraphs at blank lines. Lines inside a paragraph are joined
 * with a space: the seeds put one paragraph on one line, and a stray line break inside a
 * paragraph is layout, not content. Windows and old Mac line endings are accepted.
 */
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
    if (current.length === 0) startLine = index + 1;
    current.push(line.trim());
  });
  if (current.length > 0) paragraphs.push({ text: current.join(' '), line: startLine });
  return paragraphs;
}
