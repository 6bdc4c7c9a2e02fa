import { ConfChangeTransition, ConfChangeType, EMPTY_BYTES, emptyConfState } from '@flintkv/proto/raft';
import { describe, expect, it } from 'vitest';
import { ConfChanger, entersJoint, isLeaveJoint, restoreConfig } from './conf-change.js';
import { ConfChangeError } from './errors.js';
import { confStateOf } from './tracker.js';

const changer = (voters: number[], learners: number[] = [], votersOutgoing: number[] = []) =>
  new ConfChanger(restoreConfig({ ...emptyConfState(), voters, learners, votersOutgoing }, 10, 8), 10, 8);

describe('configuration changes (etcd confchange)', () => {
  it('classifies changes: the empty change leaves joint; several changes or a joint transition enter joint', () => {
    const single = [{ type: ConfChangeType.AddNode, nodeId: 4 }];
    expect(isLeaveJoint({ transition: ConfChangeTransition.Auto, changes: [], context: EMPTY_BYTES })).toBe(true);
    expect(entersJoint({ transition: ConfChangeTransition.Auto, changes: single, context: EMPTY_BYTES }).joint).toBe(
      false,
    );
    expect(
      entersJoint({ transition: ConfChangeTransition.JointExplicit, changes: single, context: EMPTY_BYTES }),
    ).toEqual({ joint: true, autoLeave: false });
    expect(
      entersJoint({ transition: ConfChangeTransition.Auto, changes: [...single, ...single], context: EMPTY_BYTES }),
    ).toEqual({ joint: true, autoLeave: true });
  });

  it('a simple change may alter at most one voter', () => {
    expect(() =>
      changer([1, 2, 3]).simple([
        { type: ConfChangeType.AddNode, nodeId: 4 },
        { type: ConfChangeType.AddNode, nodeId: 5 },
      ]),
    ).toThrow(ConfChangeError);
    const next = changer([1, 2, 3]).simple([
      { type: ConfChangeType.AddLearnerNode, nodeId: 4 },
      { type: ConfChangeType.AddNode, nodeId: 5 },
    ]);
    expect(confStateOf(next.config)).toMatchObject({ voters: [1, 2, 3, 5], learners: [4] });
  });

  it('refuses to remove every voter, to nest joint configurations, or to leave a non-joint one', () => {
    expect(() => changer([1]).simple([{ type: ConfChangeType.RemoveNode, nodeId: 1 }])).toThrow(ConfChangeError);
    expect(() => changer([1, 2], [], [1, 3]).enterJoint(true, [])).toThrow(ConfChangeError);
    expect(() => changer([1, 2]).leaveJoint()).toThrow(ConfChangeError);
  });

  it('a voter demoted during joint consensus stays a voter of the outgoing half until the joint config is left', () => {
    const joint = new ConfChanger(restoreConfig({ ...emptyConfState(), voters: [1, 2, 3] }, 10, 8), 10, 8).enterJoint(
      false,
      [{ type: ConfChangeType.AddLearnerNode, nodeId: 3 }],
    );
    expect(confStateOf(joint.config)).toMatchObject({ voters: [1, 2], votersOutgoing: [1, 2, 3], learnersNext: [3] });
    const left = new ConfChanger(joint, 10, 8).leaveJoint();
    expect(confStateOf(left.config)).toMatchObject({
      voters: [1, 2],
      votersOutgoing: [],
      learners: [3],
      learnersNext: [],
    });
    expect(left.progress.get(3)?.isLearner).toBe(true);
  });

  it('an invalid change leaves the live configuration untouched', () => {
    const live = restoreConfig({ ...emptyConfState(), voters: [1, 2, 3] }, 10, 8);
    expect(() =>
      new ConfChanger(live, 10, 8).simple([
        { type: ConfChangeType.RemoveNode, nodeId: 2 },
        { type: ConfChangeType.RemoveNode, nodeId: 3 },
      ]),
    ).toThrow(ConfChangeError);
    expect(confStateOf(live.config).voters).toEqual([1, 2, 3]);
    expect([...live.progress.keys()]).toEqual([1, 2, 3]);
  });

  it('a node without any configuration refuses to replay changes onto nothing', () => {
    expect(() => changer([]).simple([{ type: ConfChangeType.AddNode, nodeId: 4 }])).toThrow(/no configuration/);
  });
});
