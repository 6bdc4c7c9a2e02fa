/**
 * Quorum arithmetic for the "no two disjoint majorities" check. A configuration is one voter
 * set, or two during joint consensus (a decision needs a majority of each).
 */
export interface VoterConfiguration {
  voters: readonly number[];
  votersOutgoing: readonly number[];
}

/** True when every majority of `first` shares at least one node with every majority of `second`. */
export function majoritiesAlwaysIntersect(first: readonly number[], second: readonly number[]): boolean {
  if (first.length === 0 || second.length === 0) return false;
  const secondSet = new Set(second);
  let shared = 0;
  for (const id of new Set(first)) if (secondSet.has(id)) shared++;
  const onlyFirst = new Set(first).size - shared;
  const onlySecond = secondSet.size - shared;
  const firstMajority = Math.floor(new Set(first).size / 2) + 1;
  const secondMajority = Math.floor(secondSet.size / 2) + 1;
  // Two disjoint majorities exist iff the shared nodes can be split between them.
  const sharedNeeded = Math.max(0, firstMajority - onlyFirst) + Math.max(0, secondMajority - onlySecond);
  return sharedNeeded > shared;
}

function voterSets(configuration: VoterConfiguration): (readonly number[])[] {
  return configuration.votersOutgoing.length > 0
    ? [configuration.voters, configuration.votersOutgoing]
    : [configuration.voters];
}

/**
 * True when every quorum of `first` intersects every quorum of `second`: some voter set of
 * each has majorities that always intersect (sufficient, since a quorum holds a majority of
 * every set of its configuration).
 */
export function configurationsOverlap(first: VoterConfiguration, second: VoterConfiguration): boolean {
  for (const firstSet of voterSets(first)) {
    for (const secondSet of voterSets(second)) {
      if (majoritiesAlwaysIntersect(firstSet, secondSet)) return true;
    }
  }
  return false;
}

/** Readable form, e.g. `{1,2,3}` or `{1,2,4}&{1,2,3}`. */
export function describeConfiguration(configuration: VoterConfiguration): string {
  return voterSets(configuration)
    .map((set) => `{${[...set].sort((a, b) => a - b).join(',')}}`)
    .join('&');
}
