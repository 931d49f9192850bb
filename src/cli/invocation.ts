/**
 * How the officer started packsmith, so that messages show a command line they can type back:
 * `npm run pack -- --month 2026-01` in the code folder (npm names the running script in
 * npm_lifecycle_event), `packsmith pack --month 2026-01` where it is installed as a command.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export function startedByNpmScript(command: string, env: Env = process.env): boolean {
  return env['npm_lifecycle_event'] === command && env['npm_command'] === 'run';
}

/** `npm run pack --` or `packsmith pack`: what comes before the command's options. */
export function commandLine(command: string, env: Env = process.env): string {
  return startedByNpmScript(command, env) ? `npm run ${command} --` : `packsmith ${command}`;
}
