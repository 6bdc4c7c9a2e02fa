import type { RegisterCommand } from '../program.js';
import { registerBackupCommand } from './backup.js';
import { registerBenchCommand } from './bench.js';
import { registerCasCommand } from './cas.js';
import { registerChecksumCommand } from './checksum.js';
import { registerCompactCommand } from './compact.js';
import { registerDeleteCommand } from './delete.js';
import { registerGetCommand } from './get.js';
import { registerLeaderCommand } from './leader.js';
import { registerMemberCommand } from './member.js';
import { registerPutCommand } from './put.js';
import { registerRegionCommand } from './region.js';
import { registerRegionsCommand } from './regions.js';
import { registerRestoreCommand } from './restore.js';
import { registerScanCommand } from './scan.js';
import { registerStatusCommand } from './status.js';
import { registerAuthCommand, registerUserCommand } from './user.js';

/** The verbs that talk to a running cluster through the SDK, in the order `flint --help` lists them. */
export const DATA_COMMANDS: RegisterCommand[] = [
  registerStatusCommand,
  registerRegionsCommand,
  registerGetCommand,
  registerPutCommand,
  registerDeleteCommand,
  registerScanCommand,
  registerCasCommand,
  registerLeaderCommand,
  registerMemberCommand,
  registerUserCommand,
  registerAuthCommand,
  registerRegionCommand,
  registerCompactCommand,
  registerChecksumCommand,
  registerBackupCommand,
  registerRestoreCommand,
  registerBenchCommand,
];
