/**
 * Why a backup, its verification or a restore was refused. Every refusal is one line naming the
 * file or directory at fault, and happens before anything is written.
 */
export type BackupErrorCode =
  /** `flint backup --out DIR`: DIR exists and holds something. */
  | 'FLINT_BACKUP_TARGET_NOT_EMPTY'
  /** The directory holds no manifest: not a backup, or one that did not finish. */
  | 'FLINT_BACKUP_MANIFEST_MISSING'
  /** The manifest is torn, edited (its checksum line does not match) or malformed. */
  | 'FLINT_BACKUP_MANIFEST_CORRUPT'
  /** The manifest is not a FlintKV backup's. */
  | 'FLINT_BACKUP_FOREIGN'
  /** A newer FlintKV wrote the backup. */
  | 'FLINT_BACKUP_FORMAT_TOO_NEW'
  /** A region file the manifest lists is absent. */
  | 'FLINT_BACKUP_FILE_MISSING'
  /** A region file's size, SHA-256, pairs or region record disagree with the manifest. */
  | 'FLINT_BACKUP_FILE_CORRUPT'
  /** The regions do not tile the key space. */
  | 'FLINT_BACKUP_INCOMPLETE'
  /** Splits and merges kept moving the regions while the backup ran; it gave up. */
  | 'FLINT_BACKUP_UNSTABLE'
  /** `flint restore --out ROOT`: a member's data directory exists and holds something. */
  | 'FLINT_RESTORE_TARGET_NOT_EMPTY';

/** A refusal of `flint backup`, `flint backup verify` or `flint restore`, with a stable code. */
export class BackupError extends Error {
  override readonly name = 'BackupError';

  constructor(
    readonly code: BackupErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${code}: ${message}`, options);
  }
}
