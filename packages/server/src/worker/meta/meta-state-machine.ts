import { applyMetaCommand, emptyMetaState, type MetaCommand, type MetaOutcome, type MetaState } from '@flintkv/pd';
import type { StoredRecord } from '../group/group-state-machine.js';
import { packOwned, unpackBytes } from '../group/stored-encoding.js';

/**
 * The state machine of the meta group (group 0): the cluster's members and region table,
 * kept whole under one stored record so a snapshot of the group carries it.
 */

/** The stored key of the meta state inside group 0's `kv` space (an internal, 0x00-prefixed key). */
export const META_STATE_KEY: Uint8Array = Uint8Array.of(0x00, 0x03);

export class MetaStateMachine {
  constructor(private current: MetaState = emptyMetaState()) {}

  /** Restores the state from its stored record (`null`: nothing stored yet). */
  static load(stored: Uint8Array | null): MetaStateMachine {
    return new MetaStateMachine(stored === null ? emptyMetaState() : (unpackBytes(stored) as MetaState));
  }

  get state(): MetaState {
    return this.current;
  }

  get isBootstrapped(): boolean {
    return this.current.clusterId !== 0;
  }

  /** Applies one command; the returned record replaces the stored state. */
  apply(command: MetaCommand): { outcome: MetaOutcome; record: StoredRecord } {
    const { state, outcome } = applyMetaCommand(this.current, command);
    this.current = state;
    return { outcome, record: { key: META_STATE_KEY, value: packOwned(state) } };
  }
}
