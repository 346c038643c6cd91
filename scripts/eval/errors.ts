/**
 * An evaluation corpus or gold file that cannot be read: it names the file, the line when
 * there is one, what is wrong and what to do. `npm run eval` prints it and exits 1.
 */
export class EvalInputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}. ${fix}`);
    this.name = 'EvalInputError';
  }
}
