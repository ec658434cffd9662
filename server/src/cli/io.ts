// What the CLI needs from its process, as an interface so that tests can run it in memory.
export interface CliIo {
  stdout: (text: string) => void;
  /** Bytes to standard output as they are (a diff in a file's own encoding); absent: decoded as UTF-8 into `stdout`. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
  /** The script worker threads run (the CLI bundle); without it files are checked on the main thread. */
  workerScript?: string;
}
