export { createProgram, type RegisterCommand, runCli } from './program.js';
export { EXIT_USAGE, UsageError } from './usage-error.js';
