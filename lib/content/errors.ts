/**
 * The one error type the loader throws. It always names the file and, where it can, the line,
 * so a broken article fails the build with a message a person can act on.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly problem: string;

  constructor(file: string, problem: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/** Several broken files are reported together, so one build shows every problem at once. */
export class ContentErrors extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}
