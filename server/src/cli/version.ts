// The tool's version, injected by the bundler (esbuild `define`); 'dev' when running from the sources.
declare const __VERSION__: string | undefined;

export const toolVersion: string = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';
