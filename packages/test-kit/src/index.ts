export { POLL_TIMEOUT_CODE, type PollOptions, type PollResult, PollTimeoutError, pollUntil } from './poll-until.js';
export { SeededRandom, seededRandom } from './seeded-random.js';
