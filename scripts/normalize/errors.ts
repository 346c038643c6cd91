/**
 * An error in the input that a person must fix: it names the file, the line where there is
 * one, the field, and what to do. The CLI prints it and exits non-zero without writing.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}${field ? ` (${field})` : ''}: ${problem}. ${fix}`);
    this.name = 'InputError';
  }
}
