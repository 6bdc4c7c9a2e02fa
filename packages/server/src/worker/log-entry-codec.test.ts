import type { RegionDescriptor } from '@flintkv/pd';
import { describe, expect, it } from 'vitest';
import { CommandDecodeError, packOwned, type ProposalStamp } from './group/stored-encoding.js';
import type { KvCommand } from './kv/kv-command.js';
import {
  decodeCommand,
  decodeMetaEntry,
  encodeCommand,
  encodeMetaEntry,
  LOG_ENTRY_FORMAT_VERSION,
  LogEntryFormatTooNewError,
  type MetaEntry,
} from './log-entry-codec.js';

/*
 * Golden bytes of stored log entries. These bytes are on disks and in flight between
 * replicas: if a test here fails, the change breaks reading existing logs. Do not update the
 * hex to make it pass; add a new format version instead (docs/architecture.md#log-entry-format).
 */

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const fromHex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));

const key = Uint8Array.of(0x00, 0x6b);
const stamp: ProposalStamp = { nodeId: 2, proposalId: 1_700_000_000_000_001, time: 1_700_000_000_000 };

const kvCommands = {
  put: { stamp, session: null, operation: { type: 'put', key, value: Uint8Array.of(0x76) } },
  delete: { stamp, session: null, operation: { type: 'delete', key } },
  casSwap: {
    stamp,
    session: null,
    operation: { type: 'compareAndSwap', key, expected: Uint8Array.of(0x61), next: Uint8Array.of(0x62) },
  },
  casCreate: {
    stamp,
    session: null,
    operation: { type: 'compareAndSwap', key, expected: null, next: Uint8Array.of(0x62) },
  },
  casRemove: {
    stamp,
    session: null,
    operation: { type: 'compareAndSwap', key, expected: Uint8Array.of(0x61), next: null },
  },
  batch: {
    stamp,
    session: null,
    operation: {
      type: 'batch',
      operations: [
        { type: 'put', key, value: Uint8Array.of(0x76) },
        { type: 'delete', key: Uint8Array.of(0x00, 0x6c) },
      ],
    },
  },
  sessionPut: {
    stamp,
    session: { clientId: '42', sequence: 7 },
    operation: { type: 'put', key, value: Uint8Array.of(0x76) },
  },
} satisfies Record<string, KvCommand>;

const region: RegionDescriptor = {
  id: 1,
  startKey: new Uint8Array(0),
  endKey: Uint8Array.of(0x80),
  epoch: { confVersion: 1, version: 1 },
  peers: [1, 2, 3],
};
const member = { nodeId: 2, peerAddress: '127.0.0.1:7102', clientAddress: '127.0.0.1:7202' };

const metaEntries = {
  bootstrap: { stamp, command: { type: 'bootstrap', clusterId: 7, members: [member], regions: [region] } },
  setMember: { stamp, command: { type: 'set-member', member: { ...member, incarnation: '00000000000000a2' } } },
  updateRegion: { stamp, command: { type: 'update-region', regions: [region] } },
  recordIncarnation: { stamp, command: { type: 'record-incarnation', nodeId: 2, incarnation: '00000000000000a2' } },
} satisfies Record<string, MetaEntry>;

/**
 * The msgpack bodies, exactly as the unversioned format (before the version byte) stored
 * them: a version 1 entry is `01` followed by the same body.
 */
const kvBodies: Record<keyof typeof kvCommands, string> = {
  put:
    'de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a773657373696f6ec0a96f7065726174696f6ede0003a46b696e64a3707574a36b6579c402006ba57661' +
    '6c7565c40176',
  delete:
    'de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a773657373696f6ec0a96f7065726174696f6ede0002a46b696e64a664656c657465a36b6579c402006b',
  casSwap:
    'de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a773657373696f6ec0a96f7065726174696f6ede0004a46b696e64a3636173a36b6579c402006ba86578' +
    '706563746564c40161a46e657874c40162',
  casCreate:
    'de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a773657373696f6ec0a96f7065726174696f6ede0004a46b696e64a3636173a36b6579c402006ba86578' +
    '706563746564c0a46e657874c40162',
  casRemove:
    'de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a773657373696f6ec0a96f7065726174696f6ede0004a46b696e64a3636173a36b6579c402006ba86578' +
    '706563746564c40161a46e657874c0',
  batch:
    'de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a773657373696f6ec0a96f7065726174696f6ede0002a46b696e64a56261746368aa6f7065726174696f' +
    '6e7392de0003a46b696e64a3707574a36b6579c402006ba576616c7565c40176de0002a46b696e64a664656c657465a3' +
    '6b6579c402006c',
  sessionPut:
    'de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a773657373696f6ede0002a8636c69656e744964a23432a873657175656e636507a96f7065726174696f' +
    '6ede0003a46b696e64a3707574a36b6579c402006ba576616c7565c40176',
};

const metaBodies: Record<keyof typeof metaEntries, string> = {
  bootstrap:
    'de0002a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a7636f6d6d616e64de0004a474797065a9626f6f747374726170a9636c7573746572496407a76d656d62' +
    '65727391de0003a66e6f6465496402ab7065657241646472657373ae3132372e302e302e313a37313032ad636c69656e' +
    '7441646472657373ae3132372e302e302e313a37323032a7726567696f6e7391de0005a2696401a873746172744b6579' +
    'c400a6656e644b6579c40180a565706f6368de0002ab636f6e6656657273696f6e01a776657273696f6e01a570656572' +
    '7393010203',
  setMember:
    'de0002a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a7636f6d6d616e64de0002a474797065aa7365742d6d656d626572a66d656d626572de0004a66e6f6465' +
    '496402ab7065657241646472657373ae3132372e302e302e313a37313032ad636c69656e7441646472657373ae313237' +
    '2e302e302e313a37323032ab696e6361726e6174696f6eb030303030303030303030303030306132',
  updateRegion:
    'de0002a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a7636f6d6d616e64de0002a474797065ad7570646174652d726567696f6ea7726567696f6e7391de0005' +
    'a2696401a873746172744b6579c400a6656e644b6579c40180a565706f6368de0002ab636f6e6656657273696f6e01a7' +
    '76657273696f6e01a5706565727393010203',
  recordIncarnation:
    'de0002a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a7636f6d6d616e64de0003a474797065b27265636f72642d696e6361726e6174696f6ea66e6f64654964' +
    '02ab696e6361726e6174696f6eb030303030303030303030303030306132',
};

describe('log entry codec: golden bytes of version 1', () => {
  for (const [name, command] of Object.entries(kvCommands)) {
    const stored = `01${kvBodies[name as keyof typeof kvCommands]}`;
    it(`a ${name} command is stored as these bytes and decodes back`, () => {
      expect(hex(encodeCommand(command))).toBe(stored);
      expect(decodeCommand(fromHex(stored))).toEqual(command);
    });
  }
  for (const [name, entry] of Object.entries(metaEntries)) {
    const stored = `01${metaBodies[name as keyof typeof metaEntries]}`;
    it(`a ${name} meta entry is stored as these bytes and decodes back`, () => {
      expect(hex(encodeMetaEntry(entry))).toBe(stored);
      expect(decodeMetaEntry(fromHex(stored))).toEqual(entry);
    });
  }

  it('the version byte is 0x01, ahead of the msgpack body, for every entry but a split or a merge', () => {
    expect(LOG_ENTRY_FORMAT_VERSION).toBe(3);
    expect(encodeCommand(kvCommands.delete)[0]).toBe(0x01);
  });

  it('a split is stored as version 0x02 (a build that reads 0x01 only refuses it) and decodes back', () => {
    const split = {
      stamp,
      session: null,
      operation: { type: 'split' as const, splitKey: Uint8Array.of(0x6d), newRegionId: 9, version: 3 },
    };
    const stored =
      '02de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278bcfe56800000a773657373696f6ec0a96f7065726174696f6ede0004a46b696e64a573706c6974a873706c69744b6579c4016dab6e6577526567696f6e496409a776657273696f6e03';
    expect(hex(encodeCommand(split))).toBe(stored);
    expect(decodeCommand(fromHex(stored))).toEqual(split);
  });
});

describe('log entry codec: golden bytes of version 3 (merges)', () => {
  const prepareMerge = {
    stamp,
    session: null,
    operation: { type: 'prepare-merge', version: 5, confVersion: 3 },
  } satisfies KvCommand;
  const commitMerge = {
    stamp,
    session: null,
    operation: {
      type: 'commit-merge',
      source: {
        id: 4,
        startKey: Uint8Array.of(0x62),
        endKey: Uint8Array.of(0x67),
        epoch: { confVersion: 3, version: 6 },
        peers: [1, 2, 3],
      },
      absorbed: [9],
      records: [
        { key: Uint8Array.of(0x01, 0x62), value: Uint8Array.of(0x76) },
        { key: Uint8Array.of(0x00, 0x00), value: Uint8Array.of(0xcd, 0x07, 0xd0) },
      ],
    },
  } satisfies KvCommand;
  const header =
    'de0003a57374616d70de0003a66e6f6465496402aa70726f706f73616c4964cb4318289060790004a474696d65cb4278' +
    'bcfe56800000a773657373696f6ec0a96f7065726174696f6e';
  const stored = {
    prepareMerge: `03${header}de0003a46b696e64ad707265706172652d6d65726765a776657273696f6e05ab636f6e6656657273696f6e03`,
    commitMerge:
      `03${header}de0004a46b696e64ac636f6d6d69742d6d65726765a6736f75726365de0005a2696404a873746172744b6579c40162` +
      'a6656e644b6579c40167a565706f6368de0002ab636f6e6656657273696f6e03a776657273696f6e06a5706565727393010203' +
      'a86162736f726265649109a77265636f7264739292c4020162c4017692c4020000c403cd07d0',
  };

  it('a prepare-merge is stored as these bytes, version 0x03, and decodes back', () => {
    expect(hex(encodeCommand(prepareMerge))).toBe(stored.prepareMerge);
    expect(decodeCommand(fromHex(stored.prepareMerge))).toEqual(prepareMerge);
  });

  it('a commit-merge is stored as these bytes, version 0x03, and decodes back', () => {
    expect(hex(encodeCommand(commitMerge))).toBe(stored.commitMerge);
    expect(decodeCommand(fromHex(stored.commitMerge))).toEqual(commitMerge);
  });

  it('a commit-merge of a first source (empty start key) with nothing to carry round-trips', () => {
    const empty = {
      stamp,
      session: null,
      operation: {
        type: 'commit-merge',
        source: {
          id: 1,
          startKey: new Uint8Array(0),
          endKey: Uint8Array.of(0x67),
          epoch: { confVersion: 1, version: 2 },
          peers: [7],
        },
        absorbed: [],
        records: [],
      },
    } satisfies KvCommand;
    const data = encodeCommand(empty);
    expect(data[0]).toBe(0x03);
    expect(decodeCommand(data)).toEqual(empty);
  });

  it('only merges are version 0x03: a build that reads up to 0x02 refuses them and reads every other entry', () => {
    expect(LOG_ENTRY_FORMAT_VERSION).toBe(3);
    for (const command of [prepareMerge, commitMerge]) expect(encodeCommand(command)[0]).toBe(0x03);
    for (const command of Object.values(kvCommands)) expect(encodeCommand(command)[0]).toBeLessThanOrEqual(0x02);
    const withFirstIncomplete = {
      stamp,
      session: { clientId: '42', sequence: 7, firstIncomplete: 7 },
      operation: { type: 'put' as const, key, value: Uint8Array.of(0x76) },
    };
    expect(encodeCommand(withFirstIncomplete)[0]).toBe(0x02);
  });

  it('a merge body under a version byte above 0x03 is refused as too new, not misread', () => {
    const newer = fromHex(`04${stored.commitMerge.slice(2)}`);
    expect(() => decodeCommand(newer)).toThrow(LogEntryFormatTooNewError);
  });
});

describe('log entry codec: entries written before the version byte', () => {
  for (const [name, command] of Object.entries(kvCommands)) {
    it(`an unversioned ${name} command decodes as before`, () => {
      expect(decodeCommand(fromHex(kvBodies[name as keyof typeof kvCommands]))).toEqual(command);
    });
  }
  for (const [name, entry] of Object.entries(metaEntries)) {
    it(`an unversioned ${name} meta entry decodes as before`, () => {
      expect(decodeMetaEntry(fromHex(metaBodies[name as keyof typeof metaEntries]))).toEqual(entry);
    });
  }

  it('the unversioned bodies are what the unversioned encoder wrote (plain msgpack maps)', () => {
    // The stored form names writes with `kind` (and `cas`), as the state machine once did.
    expect(hex(packOwned({ stamp, session: null, operation: { kind: 'put', key, value: Uint8Array.of(0x76) } }))).toBe(
      kvBodies.put,
    );
    expect(hex(packOwned(metaEntries.bootstrap))).toBe(metaBodies.bootstrap);
  });

  it('a fixmap-encoded legacy entry decodes too (any msgpack map marker is legacy)', () => {
    // { stamp: { nodeId: 1, proposalId: 1, time: 1 }, operation: { kind: 'delete', key: 0x6b } } as fixmaps.
    const fixmap = fromHex(
      '82a57374616d7083a66e6f6465496401aa70726f706f73616c496401a474696d6501a96f7065726174696f6e82a46b696e64a664656c657465a36b6579c4016b',
    );
    expect(decodeCommand(fixmap)).toEqual({
      stamp: { nodeId: 1, proposalId: 1, time: 1 },
      session: null,
      operation: { type: 'delete', key: Uint8Array.of(0x6b) },
    });
  });
});

describe('log entry codec: versions this build does not read', () => {
  for (const version of [0x04, 0x10, 0x7f]) {
    it(`version 0x${version.toString(16)} is refused with FLINT_LOG_ENTRY_FORMAT_TOO_NEW, naming both versions`, () => {
      const data = fromHex(`${version.toString(16).padStart(2, '0')}${kvBodies.put}`);
      for (const decode of [decodeCommand, decodeMetaEntry]) {
        let caught: unknown;
        try {
          decode(data);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(LogEntryFormatTooNewError);
        expect(caught).toMatchObject({ code: 'FLINT_LOG_ENTRY_FORMAT_TOO_NEW', version });
        expect((caught as Error).message).toContain(`format version ${version}`);
        expect((caught as Error).message).toContain('reads log entry format versions 1 to 3');
        expect((caught as Error).message).toContain('upgrade');
      }
    });
  }

  it('bytes of no format are a decode error, not a version error', () => {
    for (const data of [
      new Uint8Array(0),
      Uint8Array.of(0x00),
      Uint8Array.of(0x93, 0x01, 0x02, 0x03),
      Uint8Array.of(0x01, 0xc1),
    ]) {
      expect(() => decodeCommand(data)).toThrow(CommandDecodeError);
    }
  });

  it('a version 1 entry holding something else than a command is a decode error', () => {
    expect(() => decodeCommand(encodeMetaEntry(metaEntries.recordIncarnation))).toThrow(CommandDecodeError);
    expect(() => decodeMetaEntry(encodeCommand(kvCommands.put))).toThrow(CommandDecodeError);
  });
});
