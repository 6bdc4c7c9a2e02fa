import { describe, expect, it } from 'vitest';
import { renderMembers } from './members.js';

describe('renderMembers', () => {
  it('prints one line per member with its addresses, status, state, replicas, leaders and incarnation', () => {
    const text = renderMembers([
      {
        nodeId: 1,
        peerAddress: '127.0.0.1:7101',
        clientAddress: '127.0.0.1:7201',
        up: true,
        state: 'active',
        replicas: 8,
        leaders: 3,
        incarnation: '9f2c1a7be0d34455',
      },
      {
        nodeId: 2,
        peerAddress: '',
        clientAddress: '127.0.0.1:7202',
        up: false,
        state: 'active',
        replicas: 8,
        leaders: 0,
        incarnation: '',
      },
      {
        nodeId: 4,
        peerAddress: '127.0.0.1:7104',
        clientAddress: '127.0.0.1:7204',
        up: true,
        state: 'leaving',
        replicas: 2,
        leaders: 0,
        incarnation: '',
      },
    ]);
    expect(text.split('\n')).toEqual([
      'ID  PEER            CLIENT          STATUS  STATE    REPLICAS  LEADERS  INCARNATION',
      ' 1  127.0.0.1:7101  127.0.0.1:7201  up      active          8        3  9f2c1a7be0d34455',
      ' 2  ?               127.0.0.1:7202  down    active          8        0  -',
      ' 4  127.0.0.1:7104  127.0.0.1:7204  up      leaving         2        0  -',
    ]);
  });
});
