/** The entry of the CLI bundle (dist/chunks/cli-bundle.js): what the `promocase` executable runs. */
export { processIo } from './io.js';
export { run } from './main.js';
export { exitWhenWritten } from './standard-output.js';
